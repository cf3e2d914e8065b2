package se.brobygge.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.retention.RetentionSchedule;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Each retention rule with the clock set just before its limit (the data is kept) and just after
 * (it is anonymised or deleted). The data is dated in the past ({@link #T0}), far before anything
 * other tests create, so that moving the clock touches only this test's rows.
 */
@IntegrationTest
class RetentionScheduleIT {

    private static final Instant T0 = Instant.parse("2004-03-15T10:00:00Z");

    @Autowired
    RetentionJob job;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    private record Check(String rule, Period limit, Supplier<Boolean> kept) {}

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyRuleKeepsDataUntilItsLimitAndRemovesItAfter() {
        LocalDateTime t0 = LocalDateTime.ofInstant(T0, ZoneOffset.UTC);
        TestAccounts.Created staff = accounts.create("Lina Gallring", Roles.STAFF);

        // a sign-up to an event that ended at T0, with an answer and a guest link
        TestAccounts.Created amal = accounts.create("Amal Gallring", Roles.RESIDENT);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Gammalt kafé", 10)));
        RunAs.run(amal, Roles.RESIDENT, () -> signUps.signUp(event));
        jdbc.update(
                "update events_event set starts_at = ?, ends_at = ? where id = ?", t0.minusHours(2), t0, event.value());
        long signUp = jdbc.queryForObject(
                "select id from events_signup where event_id = ? and account_id = ?",
                Long.class,
                event.value(),
                amal.id().value());
        jdbc.update(
                "insert into events_signup_answer (signup_id, position, answer) values (?, 0, 'Vegetarisk')", signUp);

        // a mentorship that closed at T0, with a meeting and a check-in
        TestAccounts.Created mentor = accounts.create("Mentor Gallring", Roles.RESIDENT);
        jdbc.update(
                "insert into mentoring_mentorship (mentee_id, mentor_id, coordinator_id, status, shared_languages, "
                        + "shared_interests, explanation, invited_at, expires_at, planned_months, started_at, ended_at, "
                        + "end_reason, version) values (?, ?, ?, 'CLOSED', 'sv', '', 'Samma språk', ?, ?, 6, ?, ?, "
                        + "'Klart', 0)",
                amal.id().value(),
                mentor.id().value(),
                staff.id().value(),
                t0.minusMonths(7),
                t0.minusMonths(7).plusDays(14),
                t0.minusMonths(6),
                t0);
        long mentorship = jdbc.queryForObject(
                "select max(id) from mentoring_mentorship where mentee_id = ?",
                Long.class,
                amal.id().value());
        jdbc.update(
                "insert into mentoring_meeting (mentorship_id, author_id, met_on, minutes, what, created_at) "
                        + "values (?, ?, ?, 60, 'Fika och CV', ?)",
                mentorship,
                amal.id().value(),
                LocalDate.of(2004, 1, 10),
                t0.minusMonths(2));
        jdbc.update(
                "insert into mentoring_checkin (mentorship_id, month, created_at, alert) values (?, 1, ?, false)",
                mentorship,
                t0.minusMonths(5));

        // a registration never confirmed, created at T0
        TestAccounts.Created unverified = accounts.create("Aldrig Bekräftad", Roles.RESIDENT);
        jdbc.update(
                "update identity_account set email_verified = false, created_at = ? where id = ?",
                t0,
                unverified.id().value());

        // a reset token that expired at T0
        String tokenHash = UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000";
        jdbc.update(
                "insert into identity_token (account_id, purpose, token_hash, created_at, expires_at) "
                        + "values (?, 'RESET_PASSWORD', ?, ?, ?)",
                amal.id().value(),
                tokenHash.substring(0, 64),
                t0.minusHours(1),
                t0);

        // a notification read at T0, and a mail sent at T0
        String dedup = "retention-" + UUID.randomUUID();
        jdbc.update(
                "insert into notifications_notification (account_id, kind, dedup_key, subject_key, body_key, args, "
                        + "created_at, read_at) values (?, 'SIGN_UP_CONFIRMATION', ?, 's', 'b', '[]', ?, ?)",
                amal.id().value(),
                dedup,
                t0.minusDays(1),
                t0);
        jdbc.update(
                "insert into notifications_mail (dedup_key, recipient, language, subject, text_body, html_body, "
                        + "status, attempts, next_attempt_at, created_at, sent_at) values (?, ?, 'sv', 'Hej', 'Hej', "
                        + "'<p>Hej</p>', 'SENT', 1, ?, ?, ?)",
                dedup,
                amal.email(),
                t0,
                t0,
                t0);

        // a reported private message, decided at T0, with the messages before it copied for the moderator
        jdbc.update(
                "insert into moderation_item (module, type, content_id, author_id, text, submitted_at, updated_at, "
                        + "private_content, context) values ('messaging', 'MESSAGE', ?, ?, 'Rapporterat', ?, ?, true, "
                        + "'Tidigare meddelanden')",
                -amal.id().value(),
                amal.id().value(),
                t0.minusDays(2),
                t0);
        long item = jdbc.queryForObject(
                "select id from moderation_item where module = 'messaging' and content_id = ?",
                Long.class,
                -amal.id().value());

        List<Check> checks = new ArrayList<>(List.of(
                new Check(
                        "events.past-sign-ups",
                        schedule.pastSignUps(),
                        () -> count(
                                                "select count(*) from events_signup where id = ? and account_id is not null",
                                                signUp)
                                        == 1
                                && count("select count(*) from events_signup_answer where signup_id = ?", signUp) == 1),
                new Check(
                        "mentoring.closed-mentorships",
                        schedule.closedMentorships(),
                        () -> count("select count(*) from mentoring_mentorship where id = ?", mentorship) == 1
                                && count("select count(*) from mentoring_meeting where mentorship_id = ?", mentorship)
                                        == 1),
                new Check(
                        "identity.unverified-accounts",
                        schedule.unverifiedAccounts(),
                        () -> count(
                                        "select count(*) from identity_account where id = ?",
                                        unverified.id().value())
                                == 1),
                new Check(
                        "identity.expired-tokens",
                        schedule.expiredTokens(),
                        () -> count(
                                        "select count(*) from identity_token where token_hash = ?",
                                        tokenHash.substring(0, 64))
                                == 1),
                new Check(
                        "notifications.read-notifications",
                        schedule.readNotifications(),
                        () -> count("select count(*) from notifications_notification where dedup_key = ?", dedup) == 1),
                new Check(
                        "notifications.sent-mails",
                        schedule.sentMails(),
                        () -> count("select count(*) from notifications_mail where dedup_key = ?", dedup) == 1),
                new Check(
                        "moderation.private-message-context",
                        schedule.privateMessageContext(),
                        () -> count("select count(*) from moderation_item where id = ? and context is not null", item)
                                == 1)));
        assertThat(job.ruleNames()).containsAll(checks.stream().map(Check::rule).toList());
        // rules with the same limit are checked together: after one's limit the other's has passed too
        TreeMap<Instant, List<Check>> byLimit = new TreeMap<>();
        checks.forEach(c -> byLimit.computeIfAbsent(
                        T0.atZone(ZoneOffset.UTC).plus(c.limit()).toInstant(), k -> new ArrayList<>())
                .add(c));
        byLimit.forEach((limit, due) -> {
            moveClockTo(limit.minus(Duration.ofHours(1)));
            job.scheduled();
            due.forEach(check -> assertThat(check.kept().get())
                    .as(check.rule() + " an hour before its limit: kept")
                    .isTrue());
            moveClockTo(limit.plus(Duration.ofHours(1)));
            job.scheduled();
            due.forEach(check -> assertThat(check.kept().get())
                    .as(check.rule() + " an hour after its limit: removed")
                    .isFalse());
        });

        // the anonymised sign-up still counts for the event, without the person
        assertThat(jdbc.queryForObject(
                        "select count(*) from events_signup where event_id = ?", Integer.class, event.value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from mentoring_checkin where mentorship_id = ?", mentorship))
                .isZero();
        assertThat(count(
                        "select count(*) from identity_account where id = ?",
                        amal.id().value()))
                .as("a confirmed account stays")
                .isEqualTo(1);
        assertThat(count("select count(*) from moderation_item where id = ? and text = 'Rapporterat'", item))
                .as("the reported message itself stays")
                .isEqualTo(1);
        jdbc.update("delete from moderation_item where id = ?", item);
    }

    private int count(String sql, Object arg) {
        Integer n = jdbc.queryForObject(sql, Integer.class, arg);
        return n == null ? 0 : n;
    }

    private void moveClockTo(Instant target) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), target));
    }
}
