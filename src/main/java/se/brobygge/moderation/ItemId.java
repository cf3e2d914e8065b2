package se.brobygge.moderation;

/** A moderated item: one piece of content moderation knows of. */
public record ItemId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
