package se.brobygge.associations;

/** "I want to join" or "Ask a question". */
public enum RequestKind {
    JOIN,
    QUESTION
}
