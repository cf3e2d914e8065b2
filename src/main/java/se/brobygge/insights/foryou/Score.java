package se.brobygge.insights.foryou;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Scores one item: what it has in common with the person, as reasons, strongest first. */
final class Score {
    private final List<Reason> reasons = new ArrayList<>();
    int points;

    void add(int points, Reason.Kind kind, String value) {
        this.points += points;
        reasons.add(new Reason(kind, value));
    }

    void language(Set<String> theirs, Set<String> mine) {
        theirs.stream()
                .filter(mine::contains)
                .filter(l -> !"sv".equals(l))
                .sorted()
                .findFirst()
                .ifPresent(l -> add(3, Reason.Kind.LANGUAGE, l));
    }

    void topicOrGoal(@Nullable Topic topic, @Nullable Goal goal, Signals signals) {
        if (goal != null && signals.goals().contains(goal)) {
            add(2, Reason.Kind.GOAL, goal.name());
        } else if (topic != null && signals.topics().contains(topic)) {
            add(2, Reason.Kind.TOPIC, topic.name());
        }
    }

    void day(LocalDateTime start, Signals signals, boolean recurring) {
        if (signals.availability().contains(Availability.of(start))) {
            add(
                    1,
                    recurring ? Reason.Kind.EVERY_DAY : Reason.Kind.ON_DAY,
                    start.getDayOfWeek().name());
        }
    }

    Suggestion toSuggestion(
            SuggestionKind kind, String key, String title, String link, @Nullable Instant at, int penalty) {
        return new Suggestion(kind, key, title, link, at, reasons, points - penalty);
    }
}
