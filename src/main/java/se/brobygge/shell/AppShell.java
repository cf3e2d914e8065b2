package se.brobygge.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: styles, title and description, and server push, so a page shows what happens
 * elsewhere (the bell's unread count) without a reload. WEBSOCKET_XHR: the server pushes over a
 * WebSocket, the browser sends over ordinary requests, which pass proxies and keep Spring
 * Security's CSRF handling as it is; Atmosphere falls back to long polling without WebSockets.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/brobygge.css")
@Meta(name = "description", content = "Brobygge – mötesplatser, föreningar, mentorer och dialog i kommunen")
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Brobygge");
    }
}
