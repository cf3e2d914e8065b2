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

    /**
     * Texts in other languages than the feed's (decision 0050): Atom allows one title and one
     * summary per entry, so translations go into elements of this namespace beside them, each
     * with its {@code xml:lang}, e.g. {@code <t:title xml:lang="ar">}.
     */
    public static final String TRANSLATION_NS = "urn:brobygge:translation";

    public static final String TRANSLATION_PREFIX = "t";

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Characters XML 1.0 cannot carry at all, even escaped. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private AtomXml() {}

    public static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        w.writeEndElement();
    }

    /** An Atom element whose text is in a given language ({@code xml:lang}). */
    public static void element(XMLStreamWriter w, String name, String text, String language) throws XMLStreamException {
        w.writeStartElement(NS, name);
        w.writeAttribute("xml", XML_NS, "lang", language);
        w.writeCharacters(NOT_XML.matcher(text).replaceAll(""));
        w.writeEndElement();
    }

    /** Declares the translations' namespace; on the feed element, right after it is started. */
    public static void declareTranslations(XMLStreamWriter w) throws XMLStreamException {
        w.writeNamespace(TRANSLATION_PREFIX, TRANSLATION_NS);
    }

    /** A translation of an entry's element ({@code title}, {@code summary}) in one language. */
    public static void translation(XMLStreamWriter w, String name, String text, String language)
            throws XMLStreamException {
        w.writeStartElement(TRANSLATION_PREFIX, name, TRANSLATION_NS);
        w.writeAttribute("xml", XML_NS, "lang", language);
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
