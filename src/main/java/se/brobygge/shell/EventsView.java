package se.brobygge.shell;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("events")
@Menu(order = 10, title = "nav.events", icon = "vaadin:calendar")
@AnonymousAllowed
class EventsView extends ComingSoonView {

    EventsView() {
        super("nav.events", "start.events.text");
    }
}
