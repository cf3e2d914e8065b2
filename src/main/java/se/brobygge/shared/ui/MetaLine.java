package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * A line of facts such as "Amal Haddad · 12 jan. 2027 18:00 · svenska". Each part sits in its own
 * {@code <bdi>}, so an Arabic name next to a Swedish date (or the other way round) cannot pull the
 * separators and the other parts out of their order.
 */
public class MetaLine extends Span {

    static final String SEPARATOR = " · ";

    public MetaLine(@Nullable String... parts) {
        addClassName("meta-line");
        for (String part : parts) {
            part(part);
        }
    }

    /** Adds a part; empty parts are left out, and with them their separator. */
    public MetaLine part(@Nullable String part) {
        if (part != null && !part.isBlank()) {
            separate();
            getElement().appendChild(new Element("bdi").setText(part));
        }
        return this;
    }

    /** Adds a part with its own class name (for styling, e.g. the author's name in bold). */
    public MetaLine part(@Nullable String part, String className) {
        if (part != null && !part.isBlank()) {
            separate();
            Element bdi = new Element("bdi").setText(part);
            bdi.getClassList().add(className);
            getElement().appendChild(bdi);
        }
        return this;
    }

    private void separate() {
        if (getElement().getChildCount() > 0) {
            getElement().appendChild(Element.createText(SEPARATOR));
        }
    }
}
