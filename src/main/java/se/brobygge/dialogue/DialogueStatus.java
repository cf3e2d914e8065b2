package se.brobygge.dialogue;

/** Where a dialogue is in its time window. */
public enum DialogueStatus {
    UPCOMING,
    OPEN,
    CLOSED
}
