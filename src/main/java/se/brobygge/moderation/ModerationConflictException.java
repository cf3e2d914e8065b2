package se.brobygge.moderation;

/**
 * A decision could not be made because the item changed hands: claimed by another moderator, or
 * decided meanwhile. {@link #messageKey()} is a translation key in the moderation bundle.
 */
public class ModerationConflictException extends RuntimeException {

    private final String messageKey;

    public ModerationConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
