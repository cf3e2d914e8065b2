package se.brobygge.shared.messaging;

/**
 * Why two people may write to each other now, e.g. kind "event", label "Språkcafé 3 dec",
 * link "/events/42". Shown at the top of the conversation. The label is either a name someone
 * wrote (an event's title, an association's name) or, when {@code labelIsKey}, a translation key
 * that the page puts in the reader's language (e.g. "the mentorship").
 */
public record Relationship(String kind, String label, String link, boolean labelIsKey) {

    /** A relationship named by something people wrote, e.g. an event's title. */
    public Relationship(String kind, String label, String link) {
        this(kind, label, link, false);
    }

    /** A relationship named by a translation key. */
    public static Relationship translated(String kind, String key, String link) {
        return new Relationship(kind, key, link, true);
    }
}
