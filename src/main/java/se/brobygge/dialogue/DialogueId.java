package se.brobygge.dialogue;

public record DialogueId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
