package se.brobygge.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The bell in the header: the number of unread notifications, opening the list. For the shell,
 * which shows it to signed-in people; it refreshes the count at every navigation.
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    private final transient NotificationService notifications;
    private final Span badge = new Span();
    private long unread = -1;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    protected Button initContent() {
        Icon icon = VaadinIcon.BELL.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        badge.addClassName("notification-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        Button button = new Button(icon, e -> UI.getCurrent().navigate("notifications"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.addClassName("notification-bell");
        button.setSuffixComponent(badge);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        unread = notifications.unreadCount();
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? getTranslation("notifications.bell.label")
                : getTranslation("notifications.bell.unread", unread);
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }

    /** The count last shown; for tests. */
    public long unreadShown() {
        return unread;
    }
}
