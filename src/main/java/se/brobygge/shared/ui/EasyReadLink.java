package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to the easy-read ("Lättläst") version of a help topic, for the pages where that topic
 * comes up: signing up for events, getting a mentor, your data. The help page lives in the
 * insights module and is linked by its path, so no module depends on it.
 */
public class EasyReadLink extends Anchor {

    /** @param topic one of the help page's topics: about, signup, mentor, rights, contact */
    public EasyReadLink(String topic) {
        super("help?easy#help-" + topic, "");
        setText(getTranslation("help.easyLink", getTranslation("help." + topic + ".title")));
        addClassName("easy-read-link");
    }
}
