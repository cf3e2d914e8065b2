package se.brobygge.mentoring.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.mentoring.MentorshipStatus;
import se.brobygge.shared.InvalidInputException;

public interface MentorshipRepository extends JpaRepository<MentorshipEntity, Long> {

    /** Invited, active or paused: still taking up the mentee and a place of the mentor's. */
    List<MentorshipStatus> OPEN = List.of(MentorshipStatus.INVITED, MentorshipStatus.ACTIVE, MentorshipStatus.PAUSED);

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

    /** Only the two people in a mentorship may act on it; everyone else, another mentor included, is denied. */
    default MentorshipEntity mineOrDeny(long mentorshipId, long me) {
        Optional<MentorshipEntity> found = findById(mentorshipId);
        if (found.isEmpty() || !found.get().involves(me)) {
            throw new AccessDeniedException("Not your mentorship");
        }
        return found.get();
    }

    /**
     * Saves at once, so that a change by the other person in between shows.
     *
     * @throws InvalidInputException "mentorship" with "mentoring.mentorship.changedMeanwhile"
     */
    default void saveChecked(MentorshipEntity m) {
        try {
            saveAndFlush(m);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new InvalidInputException("mentorship", "mentoring.mentorship.changedMeanwhile");
        }
    }
}
