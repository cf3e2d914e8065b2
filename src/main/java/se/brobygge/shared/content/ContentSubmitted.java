package se.brobygge.shared.content;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published by the owning module whenever user-written content is created or changed, so that
 * moderation can keep a snapshot and apply its rules without the owner depending on it.
 * {@code link} is a path inside Brobygge where the content is seen; {@code language} the
 * content's language code when known.
 */
public record ContentSubmitted(
        ContentRef ref,
        long authorAccountId,
        String text,
        @Nullable String language,
        @Nullable String link,
        Instant submittedAt) {}
