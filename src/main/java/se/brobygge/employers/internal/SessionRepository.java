package se.brobygge.employers.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {

    /** The session row, locked: registrations of one session take turns here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SessionEntity s where s.id = ?1")
    Optional<SessionEntity> lockById(long id);

    @Query("select s from SessionEntity s where s.endsAt >= ?1 order by s.startsAt, s.id")
    List<SessionEntity> upcoming(Instant now);

    @Query("select s from SessionEntity s where s.endsAt < ?1 order by s.startsAt desc, s.id")
    List<SessionEntity> past(Instant now);

    @Query("select s from SessionEntity s where s.eventId = ?1")
    Optional<SessionEntity> findByEventId(long eventId);

    @Query("select s from SessionEntity s where s.seriesKey = ?1 order by s.startsAt, s.id")
    List<SessionEntity> series(String seriesKey);
}
