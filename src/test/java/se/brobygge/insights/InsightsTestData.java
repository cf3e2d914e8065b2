package se.brobygge.insights;

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
                VALUES (0, 'PUBLISHED', ?, '', 'Storgatan 1', ?, '', TRUE, FALSE, FALSE, NOW(), NOW())""",
                unique("Plats"), area);
    }

    public long event(long organiser, @Nullable Long place, LocalDateTime startsAt, int capacity, String audience) {
        return insert("""
                INSERT INTO events_event (title, description, place_id, starts_at, ends_at, category, audience,
                  capacity, organiser_id, organiser_name, status, created_at)
                VALUES (?, '', ?, ?, ?, 'MEETUP', ?, ?, ?, 'Brohamns kommun', 'PUBLISHED', ?)""",
                unique("Träff"), place, startsAt, startsAt.plusHours(2), audience, capacity, organiser,
                startsAt.minusDays(20));
    }

    public void signUp(long event, long account, LocalDateTime at, @Nullable LocalDateTime checkedIn) {
        jdbc.update("""
                INSERT INTO events_signup (event_id, account_id, status, code, created_at, updated_at, checked_in_at)
                VALUES (?, ?, 'CONFIRMED', ?, ?, ?, ?)""", event, account,
                UUID.randomUUID().toString().substring(0, 8).toUpperCase(), at, at, checkedIn);
    }

    public void deleteEvent(long event) {
        jdbc.update("DELETE FROM events_event WHERE id = ?", event);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
