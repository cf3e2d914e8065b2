package se.brobygge.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.shared.content.ContentRef;

/** Something of mine a moderator hid, with the reason, and whether I may still appeal. */
public record MyModeratedItem(
        ItemId id,
        ContentRef ref,
        String text,
        @Nullable String reason,
        @Nullable String link,
        @Nullable Instant appealedAt,
        boolean mayAppeal) {}
