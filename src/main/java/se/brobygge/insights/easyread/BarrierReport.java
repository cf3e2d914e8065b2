package se.brobygge.insights.easyread;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reported accessibility barrier, as staff see it; answered once {@code repliedAt} is set. */
public record BarrierReport(
        long id,
        String description,
        String page,
        @Nullable String email,
        String language,
        Instant reportedAt,
        @Nullable String reply,
        @Nullable Instant repliedAt) {

    public boolean answered() {
        return repliedAt != null;
    }
}
