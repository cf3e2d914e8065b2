package se.brobygge.shell;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("associations")
@Menu(order = 20, title = "nav.associations", icon = "vaadin:group")
@AnonymousAllowed
class AssociationsView extends ComingSoonView {

    AssociationsView() {
        super("nav.associations", "start.associations.text");
    }
}
