package se.brobygge.dialogue;

public enum Reaction {
    AGREE,
    IMPORTANT
}
