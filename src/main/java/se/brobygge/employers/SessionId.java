package se.brobygge.employers;

public record SessionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
