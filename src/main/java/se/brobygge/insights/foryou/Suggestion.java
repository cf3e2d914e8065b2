package se.brobygge.insights.foryou;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One suggested next step. {@code itemKey} names the item within its kind (for "not interested");
 * {@code link} is a path inside Brobygge; {@code title} is the item's own title (not translated).
 */
public record Suggestion(
        SuggestionKind kind,
        String itemKey,
        String title,
        String link,
        @Nullable Instant startsAt,
        List<Reason> reasons,
        int score) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }
}
