package se.brobygge.moderation;

import org.jspecify.annotations.Nullable;

/** Filters on the review queue; null means any. {@code olderThanHours} keeps items waiting at least that long. */
public record QueueFilter(
        @Nullable String module,
        @Nullable ReviewReason reason,
        @Nullable ReportReason reportReason,
        @Nullable Integer olderThanHours) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null);
}
