package se.brobygge.dialogue;

public record PostId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
