package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.employers.ParticipantRole;

public interface ParticipantRepository extends JpaRepository<ParticipantEntity, Long> {

    @Query("select p from ParticipantEntity p where p.sessionId = ?1 and p.accountId = ?2")
    Optional<ParticipantEntity> find(long sessionId, long accountId);

    @Query(
            "select p from ParticipantEntity p where p.sessionId = ?1 and p.status <> se.brobygge.employers.RegistrationStatus.CANCELLED order by p.createdAt, p.id")
    List<ParticipantEntity> activeAt(long sessionId);

    @Query(
            "select p from ParticipantEntity p where p.sessionId = ?1 and p.status = se.brobygge.employers.RegistrationStatus.CONFIRMED order by p.createdAt, p.id")
    List<ParticipantEntity> confirmedAt(long sessionId);

    @Query(
            "select p from ParticipantEntity p where p.sessionId in ?1 and p.status = se.brobygge.employers.RegistrationStatus.CONFIRMED")
    List<ParticipantEntity> confirmedAtAny(Collection<Long> sessionIds);

    @Query(
            "select count(p) from ParticipantEntity p where p.sessionId = ?1 and p.role = ?2 and p.status = se.brobygge.employers.RegistrationStatus.CONFIRMED")
    long confirmed(long sessionId, ParticipantRole role);

    @Query(
            "select p from ParticipantEntity p where p.sessionId = ?1 and p.role = ?2 and p.status = se.brobygge.employers.RegistrationStatus.WAITING order by p.createdAt, p.id")
    List<ParticipantEntity> waiting(long sessionId, ParticipantRole role, Pageable page);

    @Query(
            "select p from ParticipantEntity p where p.accountId = ?1 and p.status <> se.brobygge.employers.RegistrationStatus.CANCELLED")
    List<ParticipantEntity> activeOf(long accountId);

    @Query(
            "select p from ParticipantEntity p where p.employerId = ?1 and p.status = se.brobygge.employers.RegistrationStatus.CONFIRMED")
    List<ParticipantEntity> confirmedForEmployer(long employerId);
}
