package se.brobygge.mentoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.mentoring.MentorshipStatus;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Creates the check-ins due at 1, 3 and 6 months of each active mentorship and tells both people,
 * and lets unanswered invitations expire. Idempotent: the unique key (mentorship, month) makes a
 * second run, or a second node, create nothing twice.
 */
@Component
class CheckInJob {

    private static final Logger log = LoggerFactory.getLogger(CheckInJob.class);
    static final List<Integer> MONTHS = List.of(1, 3, 6);

    private final MentorshipRepository mentorships;
    private final CheckInRepository checkIns;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CheckInJob(
            MentorshipRepository mentorships,
            CheckInRepository checkIns,
            TransactionTemplate transactions,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.mentorships = mentorships;
        this.checkIns = checkIns;
        this.transactions = transactions;
        this.publisher = publisher;
        this.clock = clock;
    }

    @SchedulerLock(name = "mentoring.check-ins", lockAtMostFor = "PT10M")
    @Scheduled(fixedDelayString = "${brobygge.mentoring.check-in-interval:PT15M}", initialDelayString = "PT1M")
    void run() {
        int created = createDueCheckIns();
        int expired = expireInvitations();
        if (created + expired > 0) {
            log.info("Mentoring: {} check-ins created, {} invitations expired", created, expired);
        }
    }

    /** Creates the check-ins that are due now. @return how many this run created */
    int createDueCheckIns() {
        Instant now = clock.instant();
        int created = 0;
        List<MentorshipEntity> active =
                transactions.execute(s -> mentorships.withStatus(List.of(MentorshipStatus.ACTIVE)));
        for (MentorshipEntity m : active == null ? List.<MentorshipEntity>of() : active) {
            Instant startedAt = m.startedAt();
            if (startedAt == null) {
                continue;
            }
            for (int month : MONTHS) {
                if (month > m.plannedMonths()) {
                    continue;
                }
                Instant due = startedAt
                        .atZone(MentorshipEntity.ZONE)
                        .plusMonths(month)
                        .toInstant();
                if (now.isBefore(due)) {
                    continue;
                }
                if (createOne(m, month, now)) {
                    created++;
                }
            }
        }
        return created;
    }

    private boolean createOne(MentorshipEntity m, int month, Instant now) {
        try {
            Boolean made = transactions.execute(s -> {
                if (checkIns.findByMentorshipIdAndMonth(m.id(), month).isPresent()) {
                    return false;
                }
                CheckInEntity c = checkIns.saveAndFlush(new CheckInEntity(m.id(), month, now));
                for (long person : List.of(m.menteeId(), m.mentorId())) {
                    publisher.publishEvent(new NotificationRequested(
                            person,
                            NotificationKind.MENTORING,
                            "mentoring-checkin-" + c.id() + "-" + person,
                            "mentoring.notify.checkin.subject",
                            "mentoring.notify.checkin.body",
                            List.of(String.valueOf(month)),
                            null,
                            "/mentoring"));
                }
                return true;
            });
            return Boolean.TRUE.equals(made);
        } catch (DataIntegrityViolationException anotherRunWasFaster) {
            return false;
        }
    }

    /** @return how many invitations this run let expire */
    int expireInvitations() {
        Instant now = clock.instant();
        Integer count = transactions.execute(s -> {
            int n = 0;
            for (MentorshipEntity m : mentorships.withStatus(List.of(MentorshipStatus.INVITED))) {
                if (m.expireIfDue(now)) {
                    n++;
                }
            }
            return n;
        });
        return count == null ? 0 : count;
    }
}
