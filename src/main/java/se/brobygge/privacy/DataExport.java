package se.brobygge.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of a person's exports: its progress (parts done of all parts) and until when it can be downloaded. */
public record DataExport(
        long id,
        ExportStatus status,
        int doneParts,
        int totalParts,
        Instant requestedAt,
        @Nullable Instant expiresAt) {

    /** Progress between 0 and 1. */
    public double progress() {
        return totalParts == 0 ? 0 : Math.min(1, (double) doneParts / totalParts);
    }
}
