package se.brobygge.places;

/** The id of a meeting place. Other modules (events) keep this, never the place itself. */
public record PlaceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
