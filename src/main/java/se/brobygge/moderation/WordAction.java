package se.brobygge.moderation;

/** What happens when submitted text contains a watched word. */
public enum WordAction {
    /** Refused, with the word's message shown to the writer. */
    BLOCK,
    /** Held in the review queue before anyone sees it. */
    QUEUE,
    /** Published, and put in the queue for a look. */
    FLAG
}
