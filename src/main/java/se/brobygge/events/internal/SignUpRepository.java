package se.brobygge.events.internal;

import java.time.Instant;
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

    @Query(
            "select count(s) from SignUpEntity s where s.eventId = ?1 and s.status = se.brobygge.events.SignUpStatus.WAITING "
                    + "and (s.createdAt < ?2 or (s.createdAt = ?2 and s.id <= ?3))")
    long positionInLine(long eventId, Instant createdAt, long id);

    @Query("select s from SignUpEntity s where s.accountId = ?1 and s.status in ("
            + "se.brobygge.events.SignUpStatus.CONFIRMED, se.brobygge.events.SignUpStatus.WAITING, "
            + "se.brobygge.events.SignUpStatus.PENDING)")
    List<SignUpEntity> activeOf(long accountId);

    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.status in ("
            + "se.brobygge.events.SignUpStatus.CONFIRMED, se.brobygge.events.SignUpStatus.WAITING, "
            + "se.brobygge.events.SignUpStatus.PENDING) order by s.status, s.createdAt, s.id")
    List<SignUpEntity> activeAt(long eventId);

    long countByEventIdAndStatus(long eventId, SignUpStatus status);

    /** Sign-ups waiting for approval per event of this organiser starting after {@code from}. */
    @Query("select s.eventId, count(s) from SignUpEntity s, EventEntity e where e.id = s.eventId "
            + "and e.organiserId = ?1 and e.startsAt > ?2 "
            + "and s.status = se.brobygge.events.SignUpStatus.PENDING group by s.eventId")
    List<Object[]> pendingPerEventOf(long organiserId, Instant from);

    /** Confirmed seats per quota group, each party counted whole (general seats not counted). */
    @Query(
            "select s.seatGroup, sum(1 + s.adults + s.children) from SignUpEntity s where s.eventId = ?1 "
                    + "and s.status = se.brobygge.events.SignUpStatus.CONFIRMED and s.seatGroup is not null group by s.seatGroup")
    List<Object[]> seatsPerGroup(long eventId);

    /** Sign-ups waiting for the organiser's approval, oldest first. */
    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.status = se.brobygge.events.SignUpStatus.PENDING "
            + "order by s.createdAt, s.id")
    List<SignUpEntity> pending(long eventId);

    @Query("select s from SignUpEntity s where s.guestTokenHash = ?1")
    Optional<SignUpEntity> findByGuestToken(String hash);

    @Query("select s from SignUpEntity s where s.eventId = ?1 and s.code = ?2")
    Optional<SignUpEntity> findByCode(long eventId, String code);
}
