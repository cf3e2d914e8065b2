package se.brobygge.events.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountRows;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * A person's sign-ups, calendar address and reminder setting. Erasing cancels the future sign-ups
 * (the waitlist moves up as on any cancellation), keeps past attendance for the organisers'
 * figures, and removes the answers, the calendar address and the reminder setting. Events the
 * person organised stay, without their name.
 */
@Component
class EventsPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "events_event", Set.of("organiser_id"),
            "events_series", Set.of("organiser_id"),
            "events_signup", Set.of("account_id"),
            "events_feed_token", Set.of("account_id"),
            "events_reminder_setting", Set.of("account_id"));

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final Seating seating;
    private final Clock clock;

    EventsPersonalData(
            JdbcTemplate jdbc, EventRepository events, SignUpRepository signUps, Seating seating, Clock clock) {
        super(jdbc, "events", COLUMNS, "token_hash", "guest_token_hash");
        this.events = events;
        this.signUps = signUps;
        this.seating = seating;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        AccountRows rows = rows();
        Map<String, Object> data = new LinkedHashMap<>(super.export(accountId));
        data.put(
                "events_signup_answer",
                rows.query(
                        "SELECT a.signup_id, a.position, a.answer "
                                + "FROM events_signup_answer a JOIN events_signup s ON s.id = a.signup_id WHERE s.account_id = ?",
                        accountId));
        return data;
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        for (SignUpEntity signUp : signUps.activeOf(id)) {
            EventEntity event = events.lockById(signUp.eventId()).orElseThrow();
            if (clock.instant().isBefore(event.startsAt())) {
                seating.cancel(event, signUps.findById(signUp.id()).orElseThrow());
            }
        }
        signUps.flush();
        jdbc.update(
                "UPDATE events_signup SET status = 'CANCELLED', guest_token_hash = NULL "
                        + "WHERE account_id = ? AND status = 'UNCONFIRMED'",
                id);
        jdbc.update("UPDATE events_signup SET guest_token_hash = NULL WHERE account_id = ?", id);
        jdbc.update(
                "DELETE a FROM events_signup_answer a JOIN events_signup s ON s.id = a.signup_id "
                        + "WHERE s.account_id = ?",
                id);
        jdbc.update("DELETE FROM events_feed_token WHERE account_id = ?", id);
        jdbc.update("DELETE FROM events_reminder_setting WHERE account_id = ?", id);
        jdbc.update(
                "UPDATE events_event SET organiser_name = '' WHERE organiser_id = ? AND organiser_name = ?",
                id,
                person.displayName());
    }
}
