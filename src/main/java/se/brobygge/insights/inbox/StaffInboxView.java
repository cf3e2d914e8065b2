package se.brobygge.insights.inbox;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import se.brobygge.identity.Roles;
import se.brobygge.insights.StaffInboxService;
import se.brobygge.insights.StaffQueue;

/** Everything waiting for staff on one page: each queue with its count and a link to it. */
@Route("staff/inbox")
@Menu(order = 99, title = "inbox.nav", icon = "vaadin:inbox")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class StaffInboxView extends Main implements HasDynamicTitle {

    StaffInboxView(StaffInboxService inbox) {
        addClassName("prose");
        add(new H1(getTranslation("inbox.title")));
        List<StaffQueue> queues = inbox.queues();
        long total = queues.stream().mapToLong(StaffQueue::waiting).sum();
        Paragraph summary =
                new Paragraph(total == 0 ? getTranslation("inbox.none") : getTranslation("inbox.total", total));
        summary.addClassName("inbox-total");
        add(summary);
        UnorderedList list = new UnorderedList();
        list.addClassName("inbox-queues");
        for (StaffQueue queue : queues) {
            ListItem item = new ListItem();
            item.addClassName("inbox-" + queue.name().toLowerCase(Locale.ROOT));
            Anchor link = new Anchor(queue.path(), getTranslation("inbox.queue." + queue.name()));
            Span count = new Span(Long.toString(queue.waiting()));
            count.getElement().getThemeList().add(queue.waiting() == 0 ? "badge contrast" : "badge");
            count.addClassName("inbox-count");
            item.add(link, new Span(" "), count);
            list.add(item);
        }
        add(list);
        add(new Paragraph(new Anchor("notifications/settings", getTranslation("inbox.mailChoice"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " – Brobygge";
    }
}
