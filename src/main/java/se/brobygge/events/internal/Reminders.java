package se.brobygge.events.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Reminds people with a seat before their event, as long before as each person chose (a day by
 * default; "never" is a choice). A sign-up is marked when reminded, in the same transaction, so a
 * reminder goes out once even if the job runs on several nodes at the same time (the rows are
 * claimed with SKIP LOCKED).
 */
@Component
public class Reminders {

    public static final int DEFAULT_HOURS = 24;
    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(JdbcClient jdbc, ApplicationEventPublisher publisher, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    record Due(long signUpId, long accountId, long eventId, String title, Instant startsAt) {}

    /** The scheduled tick: once per tick across all nodes (ShedLock). */
    @SchedulerLock(name = "events.reminders", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${brobygge.events.reminder-check:PT5M}", initialDelayString = "PT1M")
    public void scheduled() {
        sendDue();
    }

    /** Sends the reminders that are due; returns how many. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Integer batch = transactions.execute(tx -> sendBatch());
            if (batch == null || batch == 0) {
                return sent;
            }
            sent += batch;
        }
    }

    private int sendBatch() {
        Instant now = clock.instant();
        List<Due> due = jdbc.sql("""
                select s.id, s.account_id, e.id, e.title, e.starts_at
                from events_signup s
                join events_event e on e.id = s.event_id
                left join events_reminder_setting r on r.account_id = s.account_id
                where s.status = 'CONFIRMED' and s.reminded_at is null and e.status = 'PUBLISHED'
                  and e.starts_at > :now
                  and (r.account_id is null or r.hours_before is not null)
                  and e.starts_at <= :now + interval coalesce(r.hours_before, :default) hour
                order by e.starts_at, s.id
                limit :batch""")
                .param("now", Timestamp.from(now))
                .param("default", DEFAULT_HOURS)
                .param("batch", BATCH)
                .query((rs, i) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        if (due.isEmpty()) {
            return 0;
        }
        // claim the rows: another node running the same job skips what this one holds
        List<Long> claimed = jdbc.sql("select id from events_signup where id in (:ids) and reminded_at is null "
                        + "for update skip locked")
                .param("ids", due.stream().map(Due::signUpId).toList())
                .query((rs, row) -> rs.getLong(1))
                .list();
        int sent = 0;
        for (Due d : due) {
            if (!claimed.contains(d.signUpId())) {
                continue;
            }
            sent++;
            jdbc.sql("update events_signup set reminded_at = :now where id = :id")
                    .param("now", Timestamp.from(now))
                    .param("id", d.signUpId())
                    .update();
            publisher.publishEvent(new NotificationRequested(
                    d.accountId(),
                    NotificationKind.EVENT_REMINDER,
                    "event-reminder:" + d.signUpId() + ":" + d.startsAt().toEpochMilli(),
                    "events.notify.reminder.subject",
                    "events.notify.reminder.body",
                    List.of(d.title()),
                    d.startsAt(),
                    "/events/" + d.eventId()));
        }
        return sent;
    }

    /** Hours before an event the person wants the reminder; empty: never. */
    public Optional<Integer> hoursFor(long accountId) {
        return jdbc.sql("select hours_before from events_reminder_setting where account_id = :a")
                .param("a", accountId)
                .query((rs, i) -> Optional.ofNullable((Integer) rs.getObject(1)))
                .optional()
                .orElse(Optional.of(DEFAULT_HOURS));
    }

    /** Sets the lead time; null: no reminders. */
    public void setHours(long accountId, @Nullable Integer hours) {
        jdbc.sql("insert into events_reminder_setting (account_id, hours_before) values (:a, :h) "
                        + "on duplicate key update hours_before = :h")
                .param("a", accountId)
                .param("h", hours)
                .update();
    }

    /** After a move, a new reminder goes out for the new time. */
    public void forgetReminders(long eventId) {
        jdbc.sql("update events_signup set reminded_at = null where event_id = :e")
                .param("e", eventId)
                .update();
    }
}
