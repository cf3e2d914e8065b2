package se.brobygge.employers;

public record InterestId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
