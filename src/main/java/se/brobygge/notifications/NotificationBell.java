package se.brobygge.notifications;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the header: the number of unread notifications, opening the list. For the shell,
 * which shows it to signed-in people. It reads the count at every navigation and, while attached,
 * follows changes made elsewhere (a new notification, another tab marking some read) through
 * server push.
 */
public class NotificationBell extends Composite<Button> implements AfterNavigationObserver {

    private final transient NotificationService notifications;
    private final Span badge = new Span();
    private long unread = -1;
    private transient @Nullable UnreadSubscription subscription;

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
        UI ui = attachEvent.getUI();
        if (subscription != null) {
            subscription.cancel();
        }
        subscription = notifications.onUnreadChange(count -> {
            try {
                ui.access(() -> show(count));
            } catch (UIDetachedException e) {
                // the page is gone; its detach removes this listener
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    /** Reads the unread count again. */
    public void refresh() {
        show(notifications.unreadCount());
    }

    private void show(long count) {
        unread = count;
        badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0
                ? getTranslation("notifications.bell.label")
                : getTranslation("notifications.bell.unread", unread);
        getContent().setAriaLabel(label);
        getContent().setTooltipText(label);
    }

    /** The count last shown; for tests. */
    public long unreadShown() {
        return unread;
    }
}
