package se.brobygge.events;

/**
 * An event's photo, as its organiser described it for people who cannot see it. The addresses
 * carry the version, so a replaced photo is never shown from a cache.
 */
public record EventPhoto(EventId eventId, String altText, int width, int height, int version) {

    public String url() {
        return "/images/events/" + eventId + ".jpg?v=" + version;
    }

    /** The small copy a list shows beside the event. */
    public String smallUrl() {
        return "/images/events/" + eventId + "-small.jpg?v=" + version;
    }
}
