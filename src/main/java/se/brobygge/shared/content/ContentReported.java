package se.brobygge.shared.content;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Published by a module whose content is reported from its own UI (e.g. a private message, which
 * only its participants can see): moderation adds the report with this snapshot of the text.
 * {@code reason} is one of moderation's reason codes (spam, offensive, hateful, personal_data,
 * off_topic, other); {@code comment} the reporter's own words.
 */
public record ContentReported(
        ContentRef ref,
        long authorAccountId,
        long reporterAccountId,
        String reason,
        @Nullable String comment,
        String text,
        @Nullable String link,
        Instant reportedAt,
        List<String> context) {

    /**
     * @param context what came just before the reported text in the same place (e.g. the previous
     *        messages of a conversation, oldest first, "Name: text"); moderators see it, and their
     *        every look at such private content is logged
     */
    public ContentReported {
        context = List.copyOf(context);
    }

    public ContentReported(
            ContentRef ref,
            long authorAccountId,
            long reporterAccountId,
            String reason,
            @Nullable String comment,
            String text,
            @Nullable String link,
            Instant reportedAt) {
        this(ref, authorAccountId, reporterAccountId, reason, comment, text, link, reportedAt, List.of());
    }
}
