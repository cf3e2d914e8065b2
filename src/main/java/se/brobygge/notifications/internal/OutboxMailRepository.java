package se.brobygge.notifications.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.notifications.MailStatus;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    boolean existsByDedupKey(String dedupKey);

    long countByStatus(MailStatus status);

    /**
     * Claims due mails. SKIP LOCKED lets several application nodes dispatch at once without
     * sending the same mail twice: a row another node holds is simply passed over.
     */
    @Query(
            value = "SELECT * FROM notifications_mail WHERE status = 'PENDING' AND next_attempt_at <= ?1 "
                    + "ORDER BY priority, id LIMIT ?2 FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<OutboxMail> claimDue(Instant now, int limit);

    @Query("select m from OutboxMail m where m.status = se.brobygge.notifications.MailStatus.FAILED "
            + "or (m.status = se.brobygge.notifications.MailStatus.PENDING and m.attempts > 0) order by m.id desc")
    List<OutboxMail> needingAttention(Pageable page);
}
