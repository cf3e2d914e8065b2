package se.brobygge.events;

public record EventId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
