package se.brobygge.notifications.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import se.brobygge.notifications.NotificationItem;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.Written;

/** My notifications, newest first: open the item (marks it read), mark read, mark all read. */
@Route("notifications")
@PermitAll
class NotificationsView extends Main implements HasDynamicTitle {

    private final NotificationService notifications;
    final Paragraph status = new Paragraph();
    final UnorderedList list = new UnorderedList();
    final Button markAll = new Button();

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("notifications-view");
        add(new H1(getTranslation("notifications.list.title")));
        status.getElement().setAttribute("role", "status");
        markAll.setText(getTranslation("notifications.list.markAllRead"));
        markAll.addClassName("mark-all-read");
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
            status.setText(getTranslation("notifications.list.allRead"));
        });
        RouterLink settings =
                new RouterLink(getTranslation("notifications.list.settings"), NotificationSettingsView.class);
        HorizontalLayout actions = new HorizontalLayout(markAll, settings);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        list.addClassName("notification-list");
        list.getStyle().set("list-style", "none").set("padding-inline-start", "0");
        add(status, actions, list);
        refresh();
    }

    private void refresh() {
        Locale locale = UI.getCurrent().getLocale();
        List<NotificationItem> items = notifications.recent(locale, 100);
        long unread = items.stream().filter(i -> !i.read()).count();
        status.setText(
                items.isEmpty()
                        ? getTranslation("notifications.list.empty")
                        : getTranslation("notifications.list.unreadCount", unread));
        markAll.setEnabled(unread > 0);
        list.removeAll();
        for (NotificationItem item : items) {
            list.add(row(item, locale));
        }
    }

    private ListItem row(NotificationItem item, Locale locale) {
        ListItem row = new ListItem();
        row.addClassName("notification");
        row.addClassName(item.read() ? "read" : "unread");
        row.getStyle()
                .set("border-block-end", "1px solid var(--lumo-contrast-10pct)")
                .set("padding-block", "var(--lumo-space-s)");
        H2 subject = Written.text(new H2(item.subject()));
        subject.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin-block", "0");
        if (!item.read()) {
            Span fresh = new Span(getTranslation("notifications.list.new"));
            fresh.getElement().getThemeList().add("badge");
            fresh.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
            subject.add(fresh);
        }
        Paragraph body = Written.text(new Paragraph(item.body()));
        body.getStyle().set("white-space", "pre-line").set("margin-block", "var(--lumo-space-xs)");
        Span when = new Span(Formats.dateTime(item.createdAt(), locale));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div buttons = new Div();
        buttons.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");
        String link = item.link();
        if (link != null) {
            Button open = new Button(getTranslation("notifications.list.open"), e -> {
                notifications.markRead(item.id());
                UI.getCurrent().navigate(link.startsWith("/") ? link.substring(1) : link);
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            open.setAriaLabel(getTranslation("notifications.list.open") + ": " + item.subject());
            buttons.add(open);
        }
        if (!item.read()) {
            Button read = new Button(getTranslation("notifications.list.markRead"), e -> {
                notifications.markRead(item.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            read.setAriaLabel(getTranslation("notifications.list.markRead") + ": " + item.subject());
            buttons.add(read);
        }
        row.add(subject, body, when, buttons);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.list.title") + " – Brobygge";
    }
}
