package se.brobygge.moderation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.content.ContentRef;

/**
 * Everything a moderator needs to decide: the text now, the reports with the text as reported,
 * the decisions so far, and the author's history (hidden items, reports against them, blocks).
 * {@code hidden} is true while readers do not see it: hidden, or held for review.
 */
public record ItemDetails(
        ItemId id,
        ContentRef ref,
        AccountId authorId,
        String authorName,
        String text,
        @Nullable String language,
        @Nullable String link,
        boolean hidden,
        @Nullable String hiddenReason,
        @Nullable AccountId hiddenBy,
        @Nullable ReviewReason review,
        @Nullable AccountId claimedBy,
        @Nullable String appealText,
        @Nullable Instant appealedAt,
        List<Report> reports,
        List<DecisionEntry> history,
        AuthorHistory author,
        boolean privateContent,
        List<String> context) {

    public record Report(
            String reporterName,
            ReportReason reason,
            @Nullable String comment,
            String text,
            Instant at) {}

    public record DecisionEntry(
            @Nullable String moderatorName,
            String action,
            @Nullable String reason,
            String text,
            Instant at) {}

    public record AuthorHistory(
            long submitted,
            long hidden,
            long reportsAgainst,
            boolean blocked,
            boolean trusted,
            Map<String, Long> hiddenPerModule) {}
}
