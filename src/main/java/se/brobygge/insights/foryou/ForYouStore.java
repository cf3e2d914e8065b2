package se.brobygge.insights.foryou;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;

/** The answers to the page's three questions and the "not interested" marks, per account. */
@Component
class ForYouStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ForYouStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void saveAnswers(AccountId account, Answers answers) {
        jdbc.sql("""
                INSERT INTO insights_foryou_answer (account_id, goals, topics, availability, updated_at)
                VALUES (:id, :goals, :topics, :availability, :at)
                ON DUPLICATE KEY UPDATE goals = :goals, topics = :topics, availability = :availability,
                    updated_at = :at""")
                .param("id", account.value())
                .param("goals", join(answers.goals()))
                .param("topics", join(answers.topics()))
                .param("availability", join(answers.availability()))
                .param("at", clock.instant())
                .update();
    }

    void dismiss(AccountId account, Suggestion suggestion, String likeness) {
        jdbc.sql("""
                INSERT IGNORE INTO insights_foryou_dismissal (account_id, kind, item_key, likeness, dismissed_at)
                VALUES (:id, :kind, :item, :likeness, :at)""")
                .param("id", account.value())
                .param("kind", suggestion.kind().name())
                .param("item", truncate(suggestion.itemKey(), 60))
                .param("likeness", truncate(likeness, 100))
                .param("at", clock.instant())
                .update();
    }

    void forgetDismissals(AccountId account) {
        jdbc.sql("DELETE FROM insights_foryou_dismissal WHERE account_id = :id")
                .param("id", account.value())
                .update();
    }

    Answers answersOf(AccountId account) {
        return jdbc.sql("SELECT goals, topics, availability FROM insights_foryou_answer WHERE account_id = :id")
                .param("id", account.value())
                .query((rs, row) -> new Answers(
                        parse(rs.getString(1), Goal.class),
                        parse(rs.getString(2), Topic.class),
                        parse(rs.getString(3), Availability.class)))
                .optional()
                .orElse(Answers.none());
    }

    Dismissals dismissalsOf(AccountId account) {
        Set<String> items = new HashSet<>();
        Map<String, Integer> alike = new HashMap<>();
        jdbc.sql("SELECT kind, item_key, likeness FROM insights_foryou_dismissal WHERE account_id = :id")
                .param("id", account.value())
                .query(rs -> {
                    items.add(rs.getString(1) + ":" + rs.getString(2));
                    alike.merge(rs.getString(1) + ":" + rs.getString(3), 1, Integer::sum);
                });
        return new Dismissals(items, alike);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(@Nullable String stored, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (stored != null) {
            for (String name : stored.split(",")) {
                Arrays.stream(type.getEnumConstants())
                        .filter(e -> e.name().equals(name.strip()))
                        .forEach(result::add);
            }
        }
        return result;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
