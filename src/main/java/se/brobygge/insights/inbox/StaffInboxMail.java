package se.brobygge.insights.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.insights.StaffInboxService;
import se.brobygge.notifications.MailChoices;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Once a day, a note to the staff who chose it (notification kind {@link NotificationKind#STAFF_INBOX})
 * when something waits in the staff inbox; nothing when all queues are empty. It goes through the
 * notifications module like every other notice, so each person's choice (mail at once or in a
 * digest) and the outbox apply. One node runs it (ShedLock); the key per day and person keeps a
 * second run on the same day from sending again.
 */
@Component
public class StaffInboxMail {

    private static final Logger log = LoggerFactory.getLogger(StaffInboxMail.class);

    private final StaffInboxService inbox;
    private final MailChoices choices;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    StaffInboxMail(
            StaffInboxService inbox,
            MailChoices choices,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.inbox = inbox;
        this.choices = choices;
        this.recipients = recipients;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "0 30 7 * * *", zone = "Europe/Stockholm")
    @SchedulerLock(name = "insights.staff-inbox-mail", lockAtMostFor = "PT30M")
    public void tick() {
        send(clock.instant());
    }

    /** Tells the staff who chose it what waits, when anything does; returns how many were told. */
    public int send(Instant now) {
        Set<AccountId> staff = recipients.staff();
        List<AccountId> wanting = choices.choosingMail(NotificationKind.STAFF_INBOX).stream()
                .filter(staff::contains)
                .toList();
        if (wanting.isEmpty()) {
            return 0;
        }
        long waiting = countAsStaff();
        if (waiting == 0) {
            return 0;
        }
        LocalDate day = now.atZone(Formats.MUNICIPALITY_ZONE).toLocalDate();
        transactions.executeWithoutResult(status ->
                wanting.forEach(person -> publisher.publishEvent(new NotificationRequested(
                        person.value(),
                        NotificationKind.STAFF_INBOX,
                        "staff-inbox:" + day + ":" + person.value(),
                        "inbox.notify.subject",
                        "inbox.notify.body",
                        List.of(Long.toString(waiting)),
                        null,
                        "/staff/inbox"))));
        log.info("Staff inbox note about {} waiting items to {} staff", waiting, wanting.size());
        return wanting.size();
    }

    /** The queues' count methods are for staff; the job counts in a staff role of its own. */
    private long countAsStaff() {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff-inbox-mail", null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.STAFF)));
        try {
            return inbox.total();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
