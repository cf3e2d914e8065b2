package se.brobygge.shell;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route("dialogues")
@Menu(order = 40, title = "nav.dialogues", icon = "vaadin:comments")
@AnonymousAllowed
class DialoguesView extends ComingSoonView {

    DialoguesView() {
        super("nav.dialogues", "start.dialogues.text");
    }
}
