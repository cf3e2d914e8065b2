package se.brobygge.events.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.brobygge.events.SignUpStatus;

public interface SignUpRepository extends JpaRepository<SignUpEntity, Long> {

    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.accountId = ?2")
    Optional<SignUpEntity> find(long eventId, long accountId);

    /** The waitlist in order: first come, first served. */
    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.status = se.brobygge.events.SignUpStatus.WAITING "
            + "order by s.createdAt, s.id")
    List<SignUpEntity> waiting(long eventId, Pageable page);

    @Query("select count(s) from SignUpEntity s where s.eventId = ?1 and s.status = se.brobygge.events.SignUpStatus.WAITING "
            + "and (s.createdAt < ?2 or (s.createdAt = ?2 and s.id <= ?3))")
    long positionInLine(long eventId, java.time.Instant createdAt, long id);

    @Query("select s from SignUpEntity s where s.accountId = ?1 and s.status <> se.brobygge.events.SignUpStatus.CANCELLED")
    List<SignUpEntity> activeOf(long accountId);

    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.status <> se.brobygge.events.SignUpStatus.CANCELLED "
            + "order by s.status, s.createdAt, s.id")
    List<SignUpEntity> activeAt(long eventId);

    long countByEventIdAndStatus(long eventId, SignUpStatus status);

    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.code = ?2")
    Optional<SignUpEntity> findByCode(long eventId, String code);

}
