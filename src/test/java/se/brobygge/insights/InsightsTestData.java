package se.brobygge.insights;

import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Past facts written straight into the modules' tables (the dashboard only reads them): the
 * services cannot create sign-ups for events that are over. Times are UTC wall-clock.
 */
public final class InsightsTestData {

    private final JdbcTemplate jdbc;

    public InsightsTestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public long place(String area) {
        return insert("""
                INSERT INTO places_place (version, status, name, description, street_address, area, opening_hours,
                  step_free, hearing_loop, accessible_toilet, created_at, updated_at)
                VALUES (0, 'PUBLISHED', ?, '', 'Storgatan 1', ?, '', TRUE, FALSE, FALSE, NOW(), NOW())""", unique("Plats"), area);
    }

    public long event(long organiser, @Nullable Long place, LocalDateTime startsAt, int capacity, String audience) {
        return insert(
                """
                INSERT INTO events_event (title, description, place_id, starts_at, ends_at, category, audience,
                  capacity, organiser_id, organiser_name, status, created_at)
                VALUES (?, '', ?, ?, ?, 'MEETUP', ?, ?, ?, 'Brohamns kommun', 'PUBLISHED', ?)""",
                unique("Träff"),
                place,
                startsAt,
                startsAt.plusHours(2),
                audience,
                capacity,
                organiser,
                startsAt.minusDays(20));
    }

    public void signUp(long event, long account, LocalDateTime at, @Nullable LocalDateTime checkedIn) {
        jdbc.update(
                """
                INSERT INTO events_signup (event_id, account_id, status, code, created_at, updated_at, checked_in_at)
                VALUES (?, ?, 'CONFIRMED', ?, ?, ?, ?)""",
                event,
                account,
                UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                at,
                at,
                checkedIn);
    }

    /** An open dialogue in the area, written by a staff member. */
    public long dialogue(long staff, String area, LocalDateTime opensAt) {
        return insert("""
                INSERT INTO dialogue_dialogue (title, background, department, area, opens_at, closes_at, languages,
                  premoderated, created_by, created_at, version)
                VALUES (?, '', 'Kulturförvaltningen', ?, ?, ?, 'ar,sv,so', FALSE, ?, ?, 0)""", unique("Dialog"), area, opensAt, opensAt.plusYears(1), staff, opensAt);
    }

    /**
     * A post of the dialogue: top-level when {@code parent} is null, else a reply in the parent's
     * thread; official posts are the municipality's answers.
     */
    public long post(
            long dialogue, @Nullable Long parent, long author, String language, boolean official, LocalDateTime at) {
        long thread = parent == null
                ? 0
                : jdbc.queryForObject("SELECT thread_id FROM dialogue_post WHERE id = ?", Long.class, parent);
        boolean threadOfficial = parent == null
                ? official
                : jdbc.queryForObject("SELECT thread_official FROM dialogue_post WHERE id = ?", Boolean.class, parent);
        long id = insert(
                """
                INSERT INTO dialogue_post (dialogue_id, parent_id, thread_id, thread_official, author_id, author_name,
                  body, language, official, state, created_at, agree_count, important_count, version)
                VALUES (?, ?, ?, ?, ?, 'Namn', 'Text', ?, ?, 'VISIBLE', ?, 0, 0, 0)""", dialogue, parent, parent == null ? null : thread, threadOfficial, author, language, official, at);
        jdbc.update("UPDATE dialogue_post SET thread_id = id WHERE id = ? AND thread_id IS NULL", id);
        return id;
    }

    public void deletePost(long post) {
        jdbc.update("UPDATE dialogue_post SET state = 'DELETED' WHERE id = ?", post);
    }

    /** The dialogue and its posts, replies first. */
    public void deleteDialogue(long dialogue) {
        jdbc.update("DELETE FROM dialogue_post WHERE dialogue_id = ? AND parent_id IS NOT NULL", dialogue);
        jdbc.update("DELETE FROM dialogue_dialogue WHERE id = ?", dialogue);
    }

    public void deleteEvent(long event) {
        jdbc.update("DELETE FROM events_event WHERE id = ?", event);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
                    for (int i = 0; i < args.length; i++) {
                        statement.setObject(i + 1, args[i]);
                    }
                    return statement;
                },
                keys);
        return keys.getKey().longValue();
    }
}
