package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<MeetingEntity, Long> {
    @Query("select m from MeetingEntity m where m.mentorshipId = ?1 order by m.metOn desc, m.id desc")
    List<MeetingEntity> of(long mentorshipId);
}
