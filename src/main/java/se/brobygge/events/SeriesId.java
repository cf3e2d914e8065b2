package se.brobygge.events;

/** A series of events (occurrences of one rule). */
public record SeriesId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
