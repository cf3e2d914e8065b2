package se.brobygge.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.CurrentUser;

/**
 * Warns before an idle session ends and lets the user stay (WCAG 2.2.1 Timing Adjustable). The
 * browser counts idle time from the last round trip to the server; a warning dialog opens
 * {@code warningBefore} ahead of the limit. Choosing to stay is itself a round trip, so the count
 * starts again; if nobody answers, a signed-in user is signed out and a visitor's page reloads.
 */
class SessionTimeoutWarning extends Div {

    private static final String INSTALL = """
            const el = $0; const idleMs = $1 * 1000; const warnMs = $2 * 1000;
            el.__arm = () => {
              clearTimeout(el.__warn);
              el.__warn = setTimeout(() => el.$server.warn(), Math.max(1000, idleMs - warnMs));
            };
            el.__startExpiry = () => {
              clearTimeout(el.__expire);
              el.__expire = setTimeout(() => el.$server.expire(), warnMs);
            };
            el.__stopExpiry = () => clearTimeout(el.__expire);
            if (!window.__brobyggeRoundTrips) {
              window.__brobyggeRoundTrips = true;
              const signal = () => window.dispatchEvent(new CustomEvent('brobygge-round-trip'));
              const open = XMLHttpRequest.prototype.open;
              XMLHttpRequest.prototype.open = function (method, url, ...rest) {
                this.__brobyggeUidl = String(url).includes('v-r=uidl');
                return open.call(this, method, url, ...rest);
              };
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.send = function (...args) {
                if (this.__brobyggeUidl) { this.addEventListener('loadend', signal); }
                return send.apply(this, args);
              };
              const originalFetch = window.fetch;
              window.fetch = function (input, init) {
                const url = typeof input === 'string' ? input : (input && input.url) || '';
                const result = originalFetch.call(this, input, init);
                if (String(url).includes('v-r=uidl')) { result.finally(signal); }
                return result;
              };
            }
            window.removeEventListener('brobygge-round-trip', window.__brobyggeArm || (() => {}));
            window.__brobyggeArm = () => el.__arm && el.__arm();
            window.addEventListener('brobygge-round-trip', window.__brobyggeArm);
            el.__arm();
            """;

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final SessionPolicy settings;
    private @Nullable Dialog dialog;

    SessionTimeoutWarning(CurrentUser currentUser, AuthenticationContext authentication, SessionPolicy settings) {
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.settings = settings;
        addClassName("session-timeout-guard");
        getElement().setAttribute("aria-hidden", "true");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement()
                .executeJs(
                        INSTALL,
                        getElement(),
                        settings.idleTimeout().toSeconds(),
                        settings.warningBefore().toSeconds());
    }

    @ClientCallable
    void warn() {
        if (dialog != null && dialog.isOpened()) {
            return;
        }
        long minutes = Math.max(1, settings.warningBefore().toMinutes());
        Dialog warning = new Dialog();
        dialog = warning;
        warning.setHeaderTitle(getTranslation("session.warning.title"));
        // an alert dialog: screen readers announce it at once, interrupting the user
        warning.getElement().setProperty("overlayRole", "alertdialog");
        warning.setCloseOnOutsideClick(false);
        warning.setCloseOnEsc(false);
        Paragraph text = new Paragraph(getTranslation("session.warning.text", minutes));
        warning.add(text);
        Button stay = new Button(getTranslation("session.warning.stay"), e -> stay(warning));
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.addClassName("session-stay");
        stay.addClickShortcut(Key.ENTER);
        Button leave = new Button(
                getTranslation(currentUser.isSignedIn() ? "nav.logout" : "session.warning.close"), e -> expire());
        warning.getFooter().add(leave, stay);
        warning.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                stay.focus();
            }
        });
        warning.open();
        getElement().executeJs("this.__startExpiry()");
    }

    private void stay(Dialog warning) {
        getElement().executeJs("this.__stopExpiry(); this.__arm()");
        warning.close();
    }

    @ClientCallable
    void expire() {
        if (dialog != null) {
            dialog.close();
        }
        if (currentUser.isSignedIn()) {
            authentication.logout();
        } else {
            UI.getCurrent().getPage().reload();
        }
    }
}
