package se.brobygge.insights.dashboard;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.LocalRunOnly;

/**
 * Demo history for the local run: twelve past months of activity in every module, growing month
 * by month, so that every chart of the follow-up dashboard shows a trend. The other modules' demo
 * data describe the coming weeks; the past cannot be made through their services (nobody signs up
 * for an event that is over), so this writes plain rows, once, after all other demo data.
 */
// Demo rows written with plain SQL: the nulls passed are meant for nullable columns, and the maps read
// back are rows of NOT NULL columns.
@SuppressWarnings("NullAway")
@Component
@LocalRunOnly
@Order(95)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final String MARK = "historik-1@demo.brohamn.example";
    private static final List<String> LANGUAGES = List.of("sv", "ar", "sv", "prs", "so", "ti", "uk", "en", "ar");
    private static final List<String> AUDIENCES =
            List.of("EVERYONE", "NEWCOMERS", "WOMEN", "YOUTH", "SENIORS", "FAMILIES");
    private static final List<String> ROLES =
            List.of("NEWCOMER", "NEWCOMER", "NEWCOMER", "COMPANY", "ASSOCIATION", "POLITICIAN", "AUTHORITY");
    private static final int PEOPLE = 180;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM identity_account WHERE email = ?", Integer.class, MARK) > 0) {
            return;
        }
        // one meeting place in each of the (at most six) areas with the most places: enough people per area
        // for the breakdowns to show, however many places there are
        List<Map<String, Object>> places = jdbc.queryForList("""
                SELECT MIN(id) id, area FROM places_place WHERE status = 'PUBLISHED' AND area <> ''
                GROUP BY area ORDER BY COUNT(*) DESC, MIN(id) LIMIT 6""");
        Long staff = jdbc.query(
                "SELECT account_id FROM identity_account_role WHERE role = 'STAFF' ORDER BY account_id",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (places.isEmpty() || staff == null) {
            return;
        }
        new Writer(new Random(42), places, staff)
                .write(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)));
        log.info("Created twelve months of demo history for the follow-up dashboard");
    }

    private final class Writer {

        private final Random random;
        private final List<Map<String, Object>> places;
        private final long staff;
        private final List<Long> people = new ArrayList<>();
        private final List<long[]> posts = new ArrayList<>();
        private int codes;
        /** How many people have found Brobygge by the month being written: more every month. */
        private int arrived;

        Writer(Random random, List<Map<String, Object>> places, long staff) {
            this.random = random;
            this.places = places;
            this.staff = staff;
        }

        void write(YearMonth current) {
            YearMonth first = current.minusMonths(12);
            for (int i = 1; i <= PEOPLE; i++) {
                String area = (String) places.get(i % places.size()).get("area");
                jdbc.update(
                        """
                        INSERT INTO identity_account (email, email_verified, display_name, preferred_language, area,
                          created_at) VALUES (?, TRUE, ?, ?, ?, ?)""",
                        "historik-" + i + "@demo.brohamn.example",
                        "Invånare " + i,
                        LANGUAGES.get(i % LANGUAGES.size()),
                        area,
                        at(first, 1, 9));
                long id = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
                jdbc.update("INSERT INTO identity_account_role (account_id, role) VALUES (?, 'RESIDENT')", id);
                people.add(id);
            }
            long employer = employer(first);
            List<Long> postings = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                postings.add(posting(employer, i % 2 == 0 ? "INTERNSHIP" : "JOB", first));
            }
            for (int k = 0; k < 12; k++) {
                YearMonth month = first.plusMonths(k);
                arrived = Math.min(PEOPLE, arrived + 4 + 2 * k);
                events(month, k);
                associations(month, k);
                posts.clear();
                // from the ninth month on, the municipality runs two of each
                for (int twice = 0; twice < (k >= 8 ? 2 : 1); twice++) {
                    mentoring(month, k);
                    employers(month, k, postings);
                    dialogue(month, k);
                }
                moderation(month, k);
            }
        }

        private LocalDateTime at(YearMonth month, int day, int hour) {
            return month.atDay(Math.min(day, month.lengthOfMonth())).atTime(hour, random.nextInt(60));
        }

        private List<Long> somePeople(int count) {
            List<Long> copy = new ArrayList<>(people.subList(0, Math.max(arrived, 2)));
            Collections.shuffle(copy, random);
            return copy.subList(0, Math.min(count, copy.size()));
        }

        private long insert(String sql, Object... args) {
            jdbc.update(sql, args);
            return jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        }

        private void events(YearMonth month, int k) {
            int count = 3 + k / 2;
            for (int e = 0; e < count; e++) {
                Map<String, Object> place = places.get((k + e) % places.size());
                LocalDateTime start = at(month, 3 + e * 3, 17);
                long event = insert(
                        """
                        INSERT INTO events_event (title, description, place_id, starts_at, ends_at, category, audience,
                          capacity, organiser_id, organiser_name, status, created_at)
                        VALUES (?, 'Träff i demohistoriken.', ?, ?, ?, 'MEETUP', ?, 20, ?, 'Brohamns kommun',
                          'PUBLISHED', ?)""",
                        "Träff " + month + " #" + (e + 1),
                        place.get("id"),
                        start,
                        start.plusHours(2),
                        AUDIENCES.get((k + e) % AUDIENCES.size()),
                        staff,
                        start.minusDays(20));
                List<Long> who = somePeople(6 + k + random.nextInt(6));
                List<Object[]> rows = new ArrayList<>();
                for (Long person : who) {
                    boolean came = random.nextInt(100) < 55 + 3 * k;
                    LocalDateTime signedUp = start.minusDays(1 + random.nextInt(12));
                    rows.add(new Object[] {
                        event,
                        person,
                        String.format("H%07d", ++codes),
                        signedUp,
                        signedUp,
                        came ? start.plusMinutes(5) : null
                    });
                }
                jdbc.batchUpdate("""
                        INSERT INTO events_signup (event_id, account_id, status, code, created_at, updated_at,
                          checked_in_at) VALUES (?, ?, 'CONFIRMED', ?, ?, ?, ?)""", rows);
                for (int w = 0; w < 1 + k / 3 && w < who.size(); w++) {
                    jdbc.update(
                            "INSERT INTO insights_waitlist_promotion (event_id, signup_id, promoted_at) "
                                    + "SELECT event_id, id, ? FROM events_signup WHERE event_id = ? AND account_id = ?",
                            start.minusDays(1),
                            event,
                            who.get(w));
                }
            }
        }

        private void associations(YearMonth month, int k) {
            for (int a = 0; a < 1 + k / 4; a++) {
                long association = insert(
                        """
                        INSERT INTO associations_association (name, organisation_number, type, verified, verified_at,
                          registered_by, created_at) VALUES (?, ?, 'CULTURE', ?, ?, ?, ?)""",
                        "Demoförening " + month + "-" + a,
                        String.format("8029%02d-%04d", k, a),
                        a % 2 == 0,
                        a % 2 == 0 ? at(month, 20, 10) : null,
                        people.get(a),
                        at(month, 4, 10));
                for (Long person : somePeople(5 + k + random.nextInt(4))) {
                    boolean joined = random.nextBoolean();
                    LocalDateTime sent = at(month, 5 + random.nextInt(10), 12);
                    jdbc.update(
                            """
                            INSERT INTO associations_request (association_id, account_id, kind, message, language_code,
                              contact_by, status, answered_at, created_at) VALUES (?, ?, 'JOIN', 'Jag vill gå med.',
                              'sv', 'EMAIL', ?, ?, ?)""",
                            association,
                            person,
                            joined ? "JOINED" : "NEW",
                            joined ? sent.plusDays(3) : null,
                            sent);
                }
            }
        }

        private void mentoring(YearMonth month, int k) {
            LocalDateTime confirmed = at(month, 2, 10);
            long round = insert("""
                    INSERT INTO mentoring_round (name, status, created_by, created_at, confirmed_by, confirmed_at,
                      total_score, version) VALUES (?, 'CONFIRMED', ?, ?, ?, ?, 0, 0)""", "Omgång " + month, staff, confirmed.minusDays(1), staff, confirmed);
            List<Long> pair = somePeople(2 * (5 + k / 2));
            for (int p = 0; p + 1 < pair.size(); p += 2) {
                LocalDateTime started = confirmed.plusDays(3);
                boolean done = k < 8;
                long mentorship = insert(
                        """
                        INSERT INTO mentoring_mentorship (round_id, mentee_id, mentor_id, coordinator_id, status,
                          shared_languages, shared_interests, explanation, invited_at, expires_at, planned_months,
                          started_at, ended_at, version) VALUES (?, ?, ?, ?, ?, 'sv', '', '', ?, ?, 6, ?, ?, 0)""",
                        round,
                        pair.get(p),
                        pair.get(p + 1),
                        staff,
                        done ? "CLOSED" : "ACTIVE",
                        confirmed,
                        confirmed.plusDays(14),
                        started,
                        done ? started.plusMonths(4) : null);
                jdbc.update(
                        """
                        INSERT INTO mentoring_checkin (mentorship_id, month, created_at, mentee_score, mentor_score,
                          alert) VALUES (?, 1, ?, ?, ?, FALSE)""",
                        mentorship,
                        started.plusMonths(1).isAfter(LocalDateTime.now(clock).minusDays(1))
                                ? started
                                : started.plusMonths(1),
                        3 + random.nextInt(3),
                        2 + random.nextInt(4));
            }
        }

        private long employer(YearMonth first) {
            return insert("""
                    INSERT INTO employers_employer (name, org_number, kind, industry, size_class, address,
                      contact_email, description, status, registered_by, created_at)
                    VALUES ('Hamnbolaget (demo)', '556999-0042', 'COMPANY', 'Transport', 'MEDIUM', 'Hamngatan 1',
                      'hamn@demo.brohamn.example', '', 'VERIFIED', ?, ?)""", people.getFirst(), at(first, 1, 8));
        }

        private long posting(long employer, String kind, YearMonth first) {
            return insert(
                    """
                    INSERT INTO employers_posting (employer_id, kind, title, occupation, description, area, period_from,
                      hours, swedish_level, support, accessibility, contact, status, created_by, created_at)
                    VALUES (?, ?, ?, '83', '', ?, ?, 'Dagtid', 'BASIC', '', '', 'hamn@demo.brohamn.example',
                      'PUBLISHED', ?, ?)""",
                    employer,
                    kind,
                    kind.equals("JOB") ? "Lagerarbetare" : "Praktik i hamnen",
                    places.getFirst().get("area"),
                    first.atDay(1),
                    people.getFirst(),
                    at(first, 1, 8));
        }

        private void employers(YearMonth month, int k, List<Long> postings) {
            LocalDateTime start = at(month, 14, 9);
            long session = insert(
                    """
                    INSERT INTO employers_session (theme, description, area, starts_at, ends_at, seats, quota_newcomer,
                      quota_company, quota_association, quota_politician, quota_authority, created_by, created_at)
                    VALUES (?, '', ?, ?, ?, 40, 20, 8, 4, 4, 4, ?, ?)""",
                    "Näringslivsupprop " + month,
                    places.get(k % places.size()).get("area"),
                    start,
                    start.plusHours(3),
                    staff,
                    start.minusDays(30));
            List<Long> who = somePeople(10 + k);
            for (int i = 0; i < who.size(); i++) {
                jdbc.update("""
                        INSERT INTO employers_participant (session_id, account_id, role, status, created_at)
                        VALUES (?, ?, ?, 'CONFIRMED', ?)""", session, who.get(i), ROLES.get(i % ROLES.size()), start.minusDays(7));
            }
            for (int c = 0; c + 1 < who.size() && c < 2 * (5 + k / 2); c += 2) {
                jdbc.update("""
                        INSERT INTO employers_contact (session_id, from_account, to_account, recorded_by, created_at)
                        VALUES (?, ?, ?, ?, ?)""", session, who.get(c), who.get(c + 1), staff, start.plusHours(4));
            }
            for (Long person : somePeople(12 + 3 * k)) {
                long posting = postings.get(random.nextInt(postings.size()));
                String status = random.nextBoolean() ? "STARTED" : "OFFERED";
                LocalDateTime when = at(month, 20, 11);
                jdbc.update("""
                        INSERT IGNORE INTO employers_interest (posting_id, account_id, message, status, created_at,
                          updated_at) VALUES (?, ?, 'Jag är intresserad.', ?, ?, ?)""", posting, person, status, when.minusDays(10), when);
            }
        }

        private void dialogue(YearMonth month, int k) {
            LocalDateTime opens = at(month, 1, 8);
            long dialogue = insert(
                    """
                    INSERT INTO dialogue_dialogue (title, background, department, area, opens_at, closes_at, languages,
                      premoderated, created_by, created_at) VALUES (?, '', 'Kultur och fritid', ?, ?, ?, 'sv,ar,en',
                      FALSE, ?, ?)""",
                    "Vad vill du göra i " + month + "?",
                    places.get(k % places.size()).get("area"),
                    opens,
                    opens.plusDays(28),
                    staff,
                    opens);
            for (Long person : somePeople(8 + k)) {
                LocalDateTime written = opens.plusDays(1 + random.nextInt(20));
                String language = LANGUAGES.get((int) (person % LANGUAGES.size()));
                long post = insert("""
                        INSERT INTO dialogue_post (dialogue_id, thread_official, author_id, author_name, body, language,
                          official, state, created_at) VALUES (?, FALSE, ?, 'Invånare', 'Fler träffar på kvällen.', ?,
                          FALSE, 'VISIBLE', ?)""", dialogue, person, language, written);
                jdbc.update("UPDATE dialogue_post SET thread_id = id WHERE id = ?", post);
                posts.add(new long[] {post, person});
                if (random.nextInt(100) < 40 + 5 * k) {
                    jdbc.update("""
                            INSERT INTO dialogue_post (dialogue_id, parent_id, thread_id, thread_official, author_id,
                              author_name, body, language, official, department, state, created_at)
                            VALUES (?, ?, ?, FALSE, ?, 'Kommunen', 'Tack, vi tar med det.', 'sv', TRUE,
                              'Kultur och fritid', 'VISIBLE', ?)""", dialogue, post, post, staff, written.plusDays(1 + random.nextInt(10)));
                }
            }
        }

        private void moderation(YearMonth month, int k) {
            for (long[] post : posts.subList(0, Math.min(posts.size(), 5 + k / 2))) {
                long person = post[1];
                LocalDateTime submitted = at(month, 3 + random.nextInt(20), 14);
                long item = insert("""
                        INSERT INTO moderation_item (module, type, content_id, author_id, text, submitted_at,
                          updated_at) VALUES ('dialogue', 'post', ?, ?, 'Ett inlägg.', ?, ?)""", post[0], person, submitted, submitted);
                jdbc.update("""
                        INSERT INTO moderation_report (item_id, reporter_id, reason, text, created_at)
                        VALUES (?, ?, 'OFFENSIVE', 'Ett inlägg.', ?)""", item, people.get((int) (person % 7)), submitted.plusHours(1));
                jdbc.update(
                        """
                        INSERT INTO moderation_decision (item_id, moderator_id, action, text, created_at)
                        VALUES (?, ?, ?, 'Ett inlägg.', ?)""",
                        item,
                        staff,
                        random.nextBoolean() ? "KEEP" : "HIDE",
                        submitted.plusHours(1 + Math.max(1, 30 - 2 * k) + random.nextInt(6)));
            }
        }
    }
}
