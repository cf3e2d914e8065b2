package se.brobygge.notifications.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import se.brobygge.notifications.Delivery;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.notify.NotificationKind;

/** Per kind: mail at once, daily or weekly digest, or in the app only. Saved at once. */
@Route("notifications/settings")
@Menu(order = 92, title = "nav.notificationSettings", icon = "vaadin:bell")
@PermitAll
class NotificationSettingsView extends Main implements HasDynamicTitle {

    final Paragraph status = new Paragraph();
    final Map<NotificationKind, RadioButtonGroup<Delivery>> choices = new EnumMap<>(NotificationKind.class);

    NotificationSettingsView(NotificationService notifications) {
        addClassName("notification-settings");
        add(new H1(getTranslation("notifications.preferences.title")));
        add(new Paragraph(getTranslation("notifications.preferences.intro")));
        add(new Paragraph(getTranslation("notifications.preferences.always")));
        status.getElement().setAttribute("role", "status");
        Map<NotificationKind, Delivery> current = notifications.preferences();
        for (NotificationKind kind : current.keySet()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(getTranslation("notifications.kind." + kind));
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(d -> getTranslation("notifications.delivery." + d));
            group.setValue(current.get(kind));
            group.addClassName(
                    "preference-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            group.addValueChangeListener(e -> {
                if (e.isFromClient() || e.getValue() != null) {
                    notifications.setPreference(kind, e.getValue());
                    status.setText(getTranslation(
                            "notifications.preferences.saved",
                            getTranslation("notifications.kind." + kind),
                            getTranslation("notifications.delivery." + e.getValue())));
                }
            });
            choices.put(kind, group);
            add(group);
        }
        add(status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.preferences.title") + " – Brobygge";
    }
}
