package se.brobygge.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import se.brobygge.notifications.UnsubscribeService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.notify.NotificationKind;

/** The page behind the unsubscribe link in a mail: no login, one button; a forged link is refused. */
@Route("unsubscribe")
@AnonymousAllowed
class UnsubscribeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsubscribeService unsubscribe;
    final Paragraph message = new Paragraph();
    final Button confirm = new Button();

    UnsubscribeView(UnsubscribeService unsubscribe) {
        this.unsubscribe = unsubscribe;
        add(new H1(getTranslation("notifications.unsubscribe.title")));
        message.getElement().setAttribute("role", "status");
        confirm.setText(getTranslation("notifications.unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        add(message, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        try {
            List<NotificationKind> kinds = unsubscribe.kindsOf(token);
            message.setText(getTranslation("notifications.unsubscribe.question", names(kinds)));
            confirm.setVisible(true);
            confirm.addClickListener(e -> {
                try {
                    message.setText(
                            getTranslation("notifications.unsubscribe.done", names(unsubscribe.unsubscribe(token))));
                } catch (InvalidInputException invalid) {
                    message.setText(getTranslation("notifications.unsubscribe.invalid"));
                }
                confirm.setVisible(false);
            });
        } catch (InvalidInputException invalid) {
            message.setText(getTranslation("notifications.unsubscribe.invalid"));
        }
    }

    private String names(List<NotificationKind> kinds) {
        return ListText.of(
                kinds.stream()
                        .map(k -> getTranslation("notifications.kind." + k))
                        .toList(),
                getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.unsubscribe.title") + " – Brobygge";
    }
}
