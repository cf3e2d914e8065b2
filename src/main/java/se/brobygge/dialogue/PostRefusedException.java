package se.brobygge.dialogue;

/** Moderation refused the text (a watched word, or a blocked writer); the message is already translated. */
public class PostRefusedException extends RuntimeException {

    public PostRefusedException(String translatedMessage) {
        super(translatedMessage);
    }
}
