package se.brobygge.events.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import se.brobygge.events.AwaitingApproval;
import se.brobygge.shared.ui.Written;

/**
 * For organisers on "My events": their events with sign-ups waiting for approval, each with the
 * count, linking to the event's page where they approve or decline. Hidden when nothing waits.
 */
class AwaitingApprovalSection extends Section {

    AwaitingApprovalSection(List<AwaitingApproval> awaiting) {
        addClassName("awaiting-approval");
        setVisible(!awaiting.isEmpty());
        H2 heading = new H2(getTranslation("events.mine.awaiting.title"));
        heading.setId("awaiting-approval-title");
        getElement().setAttribute("aria-labelledby", "awaiting-approval-title");
        UnorderedList list = new UnorderedList();
        for (AwaitingApproval a : awaiting) {
            RouterLink link = new RouterLink(
                    getTranslation("events.mine.awaiting.count", a.event().title(), a.waiting()),
                    EventView.class,
                    new RouteParameters("id", a.event().id().toString()));
            list.add(new ListItem(Written.text(link)));
        }
        add(heading, list);
    }
}
