package se.brobygge.mentoring;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MentorshipRepository extends JpaRepository<MentorshipEntity, Long> {
    @Query("select m from MentorshipEntity m where (m.menteeId = ?1 or m.mentorId = ?1) order by m.invitedAt desc")
    List<MentorshipEntity> of(long accountId);

    @Query("select m from MentorshipEntity m where m.status in ?1 order by m.invitedAt")
    List<MentorshipEntity> withStatus(Collection<MentorshipStatus> statuses);

    @Query(
            "select m from MentorshipEntity m where (m.menteeId = ?1 and m.mentorId = ?2 or m.menteeId = ?2 and m.mentorId = ?1) "
                    + "and m.status = se.brobygge.mentoring.MentorshipStatus.ACTIVE")
    List<MentorshipEntity> activeBetween(long a, long b);

    @Query("select m from MentorshipEntity m where (m.menteeId = ?1 or m.mentorId = ?1) "
            + "and m.status = se.brobygge.mentoring.MentorshipStatus.ACTIVE")
    List<MentorshipEntity> activeOf(long accountId);
}
