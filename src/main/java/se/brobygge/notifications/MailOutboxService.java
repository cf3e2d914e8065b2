package se.brobygge.notifications;

import java.time.Clock;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.Roles;
import se.brobygge.notifications.internal.OutboxMail;
import se.brobygge.notifications.internal.OutboxMailRepository;

/** Staff's view of the mail outbox: what waits, what failed, and sending a failed mail again. */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class MailOutboxService {

    private final OutboxMailRepository mails;
    private final Clock clock;

    MailOutboxService(OutboxMailRepository mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public OutboxSummary summary() {
        return new OutboxSummary(
                mails.countByStatus(MailStatus.PENDING),
                mails.countByStatus(MailStatus.SENT),
                mails.countByStatus(MailStatus.FAILED),
                mails.needingAttention(PageRequest.of(0, 100)).stream()
                        .map(OutboxMail::toEntry)
                        .toList());
    }

    /** Puts a failed mail back in the queue, e.g. after the address was corrected at the recipient's end. */
    @Transactional
    public void retry(long mailId) {
        mails.findById(mailId).filter(m -> m.status() == MailStatus.FAILED).ifPresent(m -> m.retryNow(clock.instant()));
    }
}
