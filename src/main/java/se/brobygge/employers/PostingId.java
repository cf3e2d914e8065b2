package se.brobygge.employers;

public record PostingId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
