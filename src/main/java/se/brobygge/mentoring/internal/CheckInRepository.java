package se.brobygge.mentoring.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CheckInRepository extends JpaRepository<CheckInEntity, Long> {
    @Query("select c from CheckInEntity c where c.mentorshipId = ?1 order by c.month")
    List<CheckInEntity> of(long mentorshipId);

    Optional<CheckInEntity> findByMentorshipIdAndMonth(long mentorshipId, int month);

    @Query("select c from CheckInEntity c where c.createdAt < ?1 and (c.menteeAt is null or c.mentorAt is null)")
    List<CheckInEntity> unansweredSince(Instant before);

    @Query("select c from CheckInEntity c where c.alert = true")
    List<CheckInEntity> alerts();
}
