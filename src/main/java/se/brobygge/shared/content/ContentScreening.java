package se.brobygge.shared.content;

import org.jspecify.annotations.Nullable;

/**
 * Checks text on submit: watched words, blocked or suspended authors, pre-moderation of new
 * accounts. Implemented by moderation; modules that accept text
 * inject it as {@code Optional<ContentScreening>} or {@code ObjectProvider}, so they work without
 * moderation present.
 */
public interface ContentScreening {

    enum Outcome {
        /** Publish as usual. */
        ALLOW,
        /** Publish and flag for a moderator. */
        FLAG,
        /** Keep it out of sight until a moderator has looked at it. */
        QUEUE,
        /** Refuse it; show {@link Verdict#message()} next to the field. */
        BLOCK
    }

    /** {@code message} is translated into the submitter's language when the outcome is BLOCK. */
    record Verdict(Outcome outcome, @Nullable String message) {

        public static final Verdict ALLOW = new Verdict(Outcome.ALLOW, null);
    }

    /** Called before saving text written by {@code authorAccountId}; never throws for bad text. */
    Verdict screen(long authorAccountId, String text, @Nullable String language);
}
