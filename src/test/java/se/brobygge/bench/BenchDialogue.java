package se.brobygge.bench;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An open dialogue for the benchmarks whose thread holds as many posts as asked (Swedish and
 * Arabic in turn), written straight to the tables: the thread of 2,000 posts must open with
 * a flat query count and a small session.
 */
final class BenchDialogue {

    /** Routes written with this word stand for the thread's page ({@code /dialogues/<id>}). */
    static final String ROUTE_TOKEN = "{thread}";

    private BenchDialogue() {}

    /** A new open dialogue written by {@code author}; returns its id. */
    static long create(JdbcTemplate jdbc, Clock clock, long author) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        Timestamp closes = Timestamp.from(Instant.now(clock).plus(Duration.ofDays(30)));
        jdbc.update(
                "insert into dialogue_dialogue (title, background, department, area, opens_at, closes_at, "
                        + "languages, premoderated, created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                "Bench thread",
                "Background",
                "Kulturförvaltningen",
                "Centrum",
                now,
                closes,
                "ar,sv",
                false,
                author,
                now);
        Long id = jdbc.queryForObject("select max(id) from dialogue_dialogue where title = 'Bench thread'", Long.class);
        return id == null ? 0 : id;
    }

    /** Adds posts until the thread holds {@code posts}. */
    static void fill(JdbcTemplate jdbc, Clock clock, long dialogue, long author, int posts) {
        Integer existing = jdbc.queryForObject(
                "select count(*) from dialogue_post where dialogue_id = ?", Integer.class, dialogue);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        for (int i = existing == null ? 0 : existing; i < posts; i++) {
            rows.add(new Object[] {
                dialogue,
                author,
                "Bench " + i,
                i % 2 == 0 ? "Inlägg nummer " + i : "مشاركة رقم " + i,
                i % 2 == 0 ? "sv" : "ar",
                now
            });
        }
        jdbc.batchUpdate(
                "insert into dialogue_post (dialogue_id, thread_official, author_id, author_name, body, "
                        + "language, official, state, created_at, agree_count, important_count, version) "
                        + "values (?, false, ?, ?, ?, ?, false, 'VISIBLE', ?, 0, 0, 0)",
                rows);
        jdbc.update("update dialogue_post set thread_id = id where dialogue_id = ? and thread_id is null", dialogue);
    }
}
