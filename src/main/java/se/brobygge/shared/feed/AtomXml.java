package se.brobygge.shared.feed;

import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Small helpers for Atom feeds written with the JDK's XML writer (which escapes all text): text
 * elements without the characters XML 1.0 cannot carry even escaped, and links.
 */
public final class AtomXml {

    public static final String NS = "http://www.w3.org/2005/Atom";
    /** Characters XML 1.0 cannot carry at all, even escaped. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private AtomXml() {}

    public static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        w.writeEndElement();
    }

    public static void link(XMLStreamWriter w, String rel, String type, String href) throws XMLStreamException {
        w.writeEmptyElement(NS, "link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("type", type);
        w.writeAttribute("href", href);
    }
}
