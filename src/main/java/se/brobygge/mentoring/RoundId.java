package se.brobygge.mentoring;

public record RoundId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
