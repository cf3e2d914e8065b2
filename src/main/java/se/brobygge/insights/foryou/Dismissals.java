package se.brobygge.insights.foryou;

import java.util.Map;
import java.util.Set;

/** What the person said "not interested" to: the items themselves, and how often to something alike. */
record Dismissals(Set<String> items, Map<String, Integer> alike) {

    boolean hides(SuggestionKind kind, String itemKey) {
        return items.contains(kind + ":" + itemKey);
    }

    int penalty(SuggestionKind kind, String likeness) {
        return ForYouService.ALIKE_PENALTY * alike.getOrDefault(kind + ":" + likeness, 0);
    }
}
