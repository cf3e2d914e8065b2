package se.brobygge.insights.foryou;

import java.util.List;

/**
 * What the page shows: whether the person has told Brobygge too little to suggest anything (then
 * the guided start is shown), their answers, and the suggestions, best first within each kind.
 */
public record ForYou(boolean emptyProfile, Answers answers, List<Suggestion> suggestions) {

    public ForYou {
        suggestions = List.copyOf(suggestions);
    }

    public List<Suggestion> of(SuggestionKind kind) {
        return suggestions.stream().filter(s -> s.kind() == kind).toList();
    }
}
