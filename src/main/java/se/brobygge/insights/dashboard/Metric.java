package se.brobygge.insights.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * One figure's query. {@code inner} selects one row per fact: {@code b} the month ("2026-03"),
 * {@code a} the area or category ("" when none), {@code v} a value to sum or average, {@code pid}
 * the person behind it (or, for a distinct count, the thing counted). Parameters: {@code :from},
 * {@code :to}, {@code :now} (UTC) and {@code :days}; {@code {months}} stands for a table of the
 * period's first days of the month. The grouping itself is one wrapping statement (see
 * {@link DashboardQueries}), so every aggregate is computed by the database.
 */
enum Metric {

    // Events: area is the meeting place's area.
    EVENTS_HELD(Kind.SUM, """
            SELECT DATE_FORMAT(e.starts_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, NULL pid
            FROM events_event e LEFT JOIN places_place p ON p.id = e.place_id
            WHERE e.status = 'PUBLISHED' AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now"""),
    SEATS_OFFERED(Kind.SUM, """
            SELECT DATE_FORMAT(e.starts_at, '%Y-%m') b, COALESCE(p.area, '') a, COALESCE(e.capacity, 0) v, NULL pid
            FROM events_event e LEFT JOIN places_place p ON p.id = e.place_id
            WHERE e.status = 'PUBLISHED' AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now"""),
    SIGN_UPS(Kind.PEOPLE, signUps("COALESCE(p.area, '')")),
    SIGN_UPS_BY_LANGUAGE(Kind.PEOPLE, signUps("acc.preferred_language")),
    SIGN_UPS_BY_AUDIENCE(Kind.PEOPLE, signUps("e.audience")),
    ATTENDED(Kind.PEOPLE, attendance("s.checked_in_at IS NOT NULL")),
    NO_SHOWS(Kind.PEOPLE, attendance("s.checked_in_at IS NULL")),
    WAITLIST_PROMOTIONS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(w.promoted_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v,
                   COALESCE(s.account_id, -w.id) pid
            FROM insights_waitlist_promotion w JOIN events_event e ON e.id = w.event_id
            LEFT JOIN events_signup s ON s.id = w.signup_id
            LEFT JOIN places_place p ON p.id = e.place_id
            WHERE w.promoted_at >= :from AND w.promoted_at < :to"""),
    FIRST_TIME(Kind.PEOPLE, """
            SELECT DATE_FORMAT(s.created_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, s.account_id pid
            FROM (SELECT MIN(id) id FROM events_signup WHERE status <> 'UNCONFIRMED' GROUP BY account_id) f
            JOIN events_signup s ON s.id = f.id JOIN events_event e ON e.id = s.event_id
            LEFT JOIN places_place p ON p.id = e.place_id
            WHERE s.created_at >= :from AND s.created_at < :to""", """
            SELECT DATE_FORMAT(s.created_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, s.account_id pid
            FROM events_signup s JOIN events_event e ON e.id = s.event_id
            LEFT JOIN places_place p ON p.id = e.place_id
            WHERE s.status <> 'UNCONFIRMED' AND s.created_at >= :from AND s.created_at < :to
              AND NOT EXISTS (SELECT 1 FROM events_signup f WHERE f.account_id <=> s.account_id AND f.id < s.id
                              AND f.status <> 'UNCONFIRMED')"""),

    // Associations: the whole municipality.
    ASSOCIATIONS_REGISTERED(Kind.SUM, """
            SELECT DATE_FORMAT(created_at, '%Y-%m') b, '' a, 1 v, NULL pid FROM associations_association
            WHERE created_at >= :from AND created_at < :to"""),
    ASSOCIATIONS_VERIFIED(Kind.SUM, """
            SELECT DATE_FORMAT(verified_at, '%Y-%m') b, '' a, 1 v, NULL pid FROM associations_association
            WHERE verified AND verified_at >= :from AND verified_at < :to"""),
    JOIN_REQUESTS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(created_at, '%Y-%m') b, '' a, 1 v, account_id pid FROM associations_request
            WHERE kind = 'JOIN' AND created_at >= :from AND created_at < :to"""),
    JOINS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(answered_at, '%Y-%m') b, '' a, 1 v, account_id pid FROM associations_request
            WHERE kind = 'JOIN' AND status = 'JOINED' AND answered_at >= :from AND answered_at < :to"""),

    // Mentoring: area is the mentee's area.
    MENTOR_ROUNDS(Kind.SUM, """
            SELECT DATE_FORMAT(confirmed_at, '%Y-%m') b, '' a, 1 v, NULL pid FROM mentoring_round
            WHERE status = 'CONFIRMED' AND confirmed_at >= :from AND confirmed_at < :to"""),
    PAIRS_FORMED(Kind.PEOPLE, """
            SELECT DATE_FORMAT(m.started_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, m.mentee_id pid
            FROM mentoring_mentorship m LEFT JOIN mentoring_profile p ON p.account_id = m.mentee_id
            WHERE m.started_at >= :from AND m.started_at < :to"""),
    PAIRS_ACTIVE(Kind.LEVEL, """
            SELECT DATE_FORMAT(mo.d, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, m.mentee_id pid
            FROM {months} mo JOIN mentoring_mentorship m
              ON m.started_at < LEAST(mo.d + INTERVAL 1 MONTH, :now)
             AND (m.ended_at IS NULL OR m.ended_at >= LEAST(mo.d + INTERVAL 1 MONTH, :now))
            LEFT JOIN mentoring_profile p ON p.account_id = m.mentee_id
            WHERE mo.d < :now"""),
    PAIRS_COMPLETED(Kind.PEOPLE, """
            SELECT DATE_FORMAT(m.ended_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, m.mentee_id pid
            FROM mentoring_mentorship m LEFT JOIN mentoring_profile p ON p.account_id = m.mentee_id
            WHERE m.status = 'CLOSED' AND m.ended_at >= :from AND m.ended_at < :to"""),
    CHECKIN_SCORE(Kind.AVERAGE, """
            SELECT DATE_FORMAT(c.created_at, '%Y-%m') b, COALESCE(p.area, '') a, c.mentee_score v, m.mentee_id pid
            FROM mentoring_checkin c JOIN mentoring_mentorship m ON m.id = c.mentorship_id
            LEFT JOIN mentoring_profile p ON p.account_id = m.mentee_id
            WHERE c.mentee_score IS NOT NULL AND c.created_at >= :from AND c.created_at < :to
            UNION ALL
            SELECT DATE_FORMAT(c.created_at, '%Y-%m') b, COALESCE(p.area, '') a, c.mentor_score v, m.mentor_id pid
            FROM mentoring_checkin c JOIN mentoring_mentorship m ON m.id = c.mentorship_id
            LEFT JOIN mentoring_profile p ON p.account_id = m.mentee_id
            WHERE c.mentor_score IS NOT NULL AND c.created_at >= :from AND c.created_at < :to"""),

    // Employers: area is the session's (or the posting's) area.
    EMPLOYER_SESSIONS(Kind.SUM, """
            SELECT DATE_FORMAT(starts_at, '%Y-%m') b, COALESCE(area, '') a, 1 v, NULL pid FROM employers_session
            WHERE starts_at >= :from AND starts_at < :to AND starts_at < :now"""),
    SESSION_PARTICIPANTS(Kind.PEOPLE, participants("COALESCE(s.area, '')")),
    SESSION_PARTICIPANTS_BY_ROLE(Kind.PEOPLE, participants("pa.role")),
    CONTACTS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(c.created_at, '%Y-%m') b, COALESCE(s.area, '') a, 1 v, c.from_account pid
            FROM employers_contact c JOIN employers_session s ON s.id = c.session_id
            WHERE c.created_at >= :from AND c.created_at < :to"""),
    INTERNSHIPS_OFFERED(Kind.PEOPLE, offers("INTERNSHIP", "'OFFERED', 'STARTED'")),
    INTERNSHIPS_STARTED(Kind.PEOPLE, offers("INTERNSHIP", "'STARTED'")),
    JOBS_OFFERED(Kind.PEOPLE, offers("JOB", "'OFFERED', 'STARTED'")),
    JOBS_STARTED(Kind.PEOPLE, offers("JOB", "'STARTED'")),

    // Dialogue: area is the dialogue's area.
    DIALOGUES(Kind.SUM, """
            SELECT DATE_FORMAT(opens_at, '%Y-%m') b, COALESCE(area, '') a, 1 v, NULL pid FROM dialogue_dialogue
            WHERE opens_at >= :from AND opens_at < :to"""),
    POSTS(Kind.PEOPLE, posts("COALESCE(d.area, '')", "")),
    POSTS_BY_LANGUAGE(Kind.PEOPLE, posts("po.language", "")),
    LANGUAGES_USED(Kind.DISTINCT, """
            SELECT DATE_FORMAT(po.created_at, '%Y-%m') b, COALESCE(d.area, '') a, 0 v, po.language pid
            FROM dialogue_post po JOIN dialogue_dialogue d ON d.id = po.dialogue_id
            WHERE po.official = FALSE AND po.state <> 'DELETED' AND po.created_at >= :from AND po.created_at < :to"""),
    DIALOGUE_PARTICIPANTS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(po.created_at, '%Y-%m') b, COALESCE(d.area, '') a, 1 v, po.author_id pid
            FROM (SELECT MIN(id) id FROM dialogue_post WHERE official = FALSE GROUP BY dialogue_id, author_id) f
            JOIN dialogue_post po ON po.id = f.id JOIN dialogue_dialogue d ON d.id = po.dialogue_id
            WHERE po.created_at >= :from AND po.created_at < :to"""),
    TOP_LEVEL_POSTS(Kind.PEOPLE, posts("COALESCE(d.area, '')", " AND po.parent_id IS NULL")),
    ANSWERED(Kind.PEOPLE, """
            SELECT t.b, t.a, 1 v, t.pid FROM (%s) t
            WHERE t.answered_at <= t.asked_at + INTERVAL :days DAY""".formatted(Metric.ANSWER_TIMES)),

    // Moderation: the whole municipality.
    MODERATION_DECISIONS(Kind.SUM, """
            SELECT DATE_FORMAT(created_at, '%Y-%m') b, '' a, 1 v, NULL pid FROM moderation_decision
            WHERE action <> 'ESCALATE' AND created_at >= :from AND created_at < :to"""),
    MODERATION_REPORTS(Kind.PEOPLE, """
            SELECT DATE_FORMAT(created_at, '%Y-%m') b, '' a, 1 v, reporter_id pid FROM moderation_report
            WHERE created_at >= :from AND created_at < :to"""),
    HOURS_TO_DECISION(Kind.AVERAGE, """
            SELECT DATE_FORMAT(d.created_at, '%Y-%m') b, '' a,
                   TIMESTAMPDIFF(MINUTE, COALESCE((SELECT MIN(r.created_at) FROM moderation_report r
                       WHERE r.item_id = i.id), i.submitted_at), d.created_at) / 60 v, i.author_id pid
            FROM (SELECT item_id, MIN(id) id FROM moderation_decision WHERE action <> 'ESCALATE' GROUP BY item_id) f
            JOIN moderation_decision d ON d.id = f.id JOIN moderation_item i ON i.id = f.item_id
            WHERE d.created_at >= :from AND d.created_at < :to""");

    /**
     * One row per top-level post of a resident in the period ({@code b}, {@code a}, {@code pid} as
     * above): when it was written ({@code asked_at}) and the first official answer after it
     * ({@code answered_at}, null when none): an official top-level post of the dialogue or an
     * official reply in the post's own thread. A post is answered within N days when that first
     * answer came within N days, so the roll-up can store every window from one pass. The official
     * top-level posts are few and are read once (a grouped derived table, not merged into the join);
     * the replies of the post's own thread come from the thread index (a resident's thread has
     * {@code thread_official} false), so a long thread is not read once per post.
     */
    static final String ANSWER_TIMES = """
            SELECT DATE_FORMAT(po.created_at, '%Y-%m') b, COALESCE(d.area, '') a, po.author_id pid,
                   po.created_at asked_at, NULLIF(LEAST(
                     COALESCE(MIN(o.created_at), TIMESTAMP '9999-12-31 00:00:00'),
                     COALESCE((SELECT MIN(r.created_at) FROM dialogue_post r
                       WHERE r.dialogue_id = po.dialogue_id AND r.thread_official = FALSE AND r.thread_id = po.id
                         AND r.official = TRUE AND r.state <> 'DELETED' AND r.created_at > po.created_at),
                       TIMESTAMP '9999-12-31 00:00:00')), TIMESTAMP '9999-12-31 00:00:00') answered_at
            FROM dialogue_post po JOIN dialogue_dialogue d ON d.id = po.dialogue_id
            LEFT JOIN (SELECT dialogue_id, created_at FROM dialogue_post
                       WHERE parent_id IS NULL AND official = TRUE AND state <> 'DELETED'
                       GROUP BY dialogue_id, created_at) o
              ON o.dialogue_id = po.dialogue_id AND o.created_at > po.created_at
            WHERE po.official = FALSE AND po.state <> 'DELETED' AND po.parent_id IS NULL
              AND po.created_at >= :from AND po.created_at < :to
            GROUP BY po.id, po.dialogue_id, po.created_at, po.author_id, d.area""";

    /** How a cell is made from what the database counted. */
    enum Kind {
        /** A sum of things that are not people (events, seats, associations): not suppressed. */
        SUM,
        /** A count of what people did: suppressed under five people. */
        PEOPLE,
        /** People at the end of each month: suppressed under five, rounded to fives. */
        LEVEL,
        /** An average of people's answers: shown for five people or more. */
        AVERAGE,
        /** Distinct things (languages): not people, the period's figure counted afresh. */
        DISTINCT
    }

    /** Runs of at most this many months use {@link #fewMonths} where a figure has it. */
    static final int FEW_MONTHS = 3;

    final Kind kind;
    final String inner;
    /**
     * The same rows, read from the run's own facts only, where {@code inner} groups the whole table
     * first: cheaper for the current month, dearer for a year (measured: the first sign-ups of a
     * month 17 ms instead of 250 ms, of a year 3 s instead of 0.5 s). Null when {@code inner} is both.
     */
    final @Nullable String fewMonths;

    Metric(Kind kind, String inner) {
        this(kind, inner, null);
    }

    Metric(Kind kind, String inner, @Nullable String fewMonths) {
        this.kind = kind;
        this.inner = inner;
        this.fewMonths = fewMonths;
    }

    /** The inner query for a run of {@code months} months. */
    String inner(int months) {
        return fewMonths != null && months <= FEW_MONTHS ? fewMonths : inner;
    }

    private static String signUps(String category) {
        return """
                SELECT DATE_FORMAT(s.created_at, '%Y-%m') b, CATEGORY a, 1 v, s.account_id pid
                FROM events_signup s JOIN events_event e ON e.id = s.event_id
                JOIN identity_account acc ON acc.id = s.account_id
                LEFT JOIN places_place p ON p.id = e.place_id
                WHERE s.status <> 'UNCONFIRMED' AND s.created_at >= :from AND s.created_at < :to""".replace("CATEGORY", category);
    }

    /** Seated people at past events where check-in was used. */
    private static String attendance(String condition) {
        return """
                SELECT DATE_FORMAT(e.starts_at, '%Y-%m') b, COALESCE(p.area, '') a, 1 v, s.account_id pid
                FROM events_signup s JOIN events_event e ON e.id = s.event_id
                LEFT JOIN places_place p ON p.id = e.place_id
                WHERE s.status = 'CONFIRMED' AND CONDITION AND e.status = 'PUBLISHED'
                  AND e.starts_at >= :from AND e.starts_at < :to AND e.starts_at < :now
                  AND EXISTS (SELECT 1 FROM events_signup c WHERE c.event_id = e.id AND c.checked_in_at IS NOT NULL)""".replace("CONDITION", condition);
    }

    private static String participants(String category) {
        return """
                SELECT DATE_FORMAT(s.starts_at, '%Y-%m') b, CATEGORY a, 1 v, pa.account_id pid
                FROM employers_participant pa JOIN employers_session s ON s.id = pa.session_id
                WHERE pa.status = 'CONFIRMED' AND s.starts_at >= :from AND s.starts_at < :to""".replace("CATEGORY", category);
    }

    private static String offers(String kind, String statuses) {
        return """
                SELECT DATE_FORMAT(i.updated_at, '%Y-%m') b, COALESCE(po.area, '') a, 1 v, i.account_id pid
                FROM employers_interest i JOIN employers_posting po ON po.id = i.posting_id
                WHERE po.kind = 'KIND' AND i.status IN (STATUSES) AND i.updated_at >= :from AND i.updated_at < :to""".replace("KIND", kind).replace("STATUSES", statuses);
    }

    private static String posts(String category, String condition) {
        return """
                SELECT DATE_FORMAT(po.created_at, '%Y-%m') b, CATEGORY a, 1 v, po.author_id pid
                FROM dialogue_post po JOIN dialogue_dialogue d ON d.id = po.dialogue_id
                WHERE po.official = FALSE AND po.state <> 'DELETED' AND po.created_at >= :from AND po.created_at < :to""".replace("CATEGORY", category) + " " + condition;
    }
}
