package se.brobygge.events.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.identity.OrganisationKind;

public interface EventRepository extends JpaRepository<EventEntity, Long> {

    /** The event row, locked: sign-ups and cancellations of one event take turns here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from EventEntity e where e.id = ?1")
    Optional<EventEntity> lockById(long id);

    @Query("""
            select e from EventEntity e
            where e.status = se.brobygge.events.EventStatus.PUBLISHED and e.endsAt >= :from and e.startsAt < :to
              and (:category is null or e.category = :category)
              and (:audience is null or e.audience = :audience)
              and (:childFriendly = false or e.childFriendly = true)
              and (:free = false or e.costSek is null or e.costSek = 0)
              and (:language is null or :language member of e.languages)
            order by e.startsAt, e.id""")
    List<EventEntity> search(
            Instant from,
            Instant to,
            @Nullable Category category,
            @Nullable Audience audience,
            boolean childFriendly,
            boolean free,
            @Nullable String language,
            Pageable page);

    @Query("select e from EventEntity e where e.placeId = ?1 and e.status = se.brobygge.events.EventStatus.PUBLISHED "
            + "and e.endsAt >= ?2 order by e.startsAt, e.id")
    List<EventEntity> upcomingAt(long placeId, Instant now, Pageable page);

    /** For calendar feeds: cancelled events stay in, so calendars remove them. */
    @Query(
            "select e from EventEntity e where e.placeId = ?1 and e.endsAt >= ?2 and e.status in ("
                    + "se.brobygge.events.EventStatus.PUBLISHED, se.brobygge.events.EventStatus.CANCELLED) order by e.startsAt, e.id")
    List<EventEntity> feedAt(long placeId, Instant from, Pageable page);

    /** For calendar feeds: cancelled events stay in, so calendars remove them. */
    @Query(
            "select e from EventEntity e where e.organiserId = ?1 and e.endsAt >= ?2 and e.status in ("
                    + "se.brobygge.events.EventStatus.PUBLISHED, se.brobygge.events.EventStatus.CANCELLED) order by e.startsAt, e.id")
    List<EventEntity> feedOf(long organiserId, Instant from, Pageable page);

    /** For the series feed and page: every occurrence, cancelled ones too. */
    @Query("select e from EventEntity e where e.seriesId = ?1 and e.status in ("
            + "se.brobygge.events.EventStatus.PUBLISHED, se.brobygge.events.EventStatus.CANCELLED, "
            + "se.brobygge.events.EventStatus.PENDING_APPROVAL) order by e.startsAt, e.id")
    List<EventEntity> ofSeries(long seriesId);

    /** Events waiting for staff review, soonest first. */
    @Query("select e from EventEntity e where e.status = se.brobygge.events.EventStatus.PENDING_APPROVAL "
            + "and e.startsAt >= ?1 order by e.startsAt, e.id")
    List<EventEntity> awaitingReview(Instant now, Pageable page);

    @Query("select count(e) from EventEntity e where e.status = se.brobygge.events.EventStatus.PENDING_APPROVAL "
            + "and e.startsAt >= ?1")
    long countAwaitingReview(Instant now);

    /** Upcoming published events whose kept seats are released by now and that have people waiting. */
    @Query("""
            select distinct e.id from EventEntity e join e.quotas q
            where e.status = se.brobygge.events.EventStatus.PUBLISHED and e.startsAt > :now
              and q.releasedAt is not null and q.releasedAt <= :now
              and exists (select s.id from SignUpEntity s where s.eventId = e.id
                          and s.status = se.brobygge.events.SignUpStatus.WAITING)""")
    List<Long> withReleasedSeatsAndWaiting(Instant now);

    /** When each of these events was published, for feeds. */
    @Query("select e.id, e.createdAt from EventEntity e where e.id in ?1")
    List<Object[]> publishedAt(Collection<Long> ids);

    /** Published events an association or employer organises that have not ended, earliest first. */
    @Query("select e from EventEntity e where e.organisationKind = ?1 and e.organisationId = ?2 "
            + "and e.status = se.brobygge.events.EventStatus.PUBLISHED and e.endsAt >= ?3 order by e.startsAt, e.id")
    List<EventEntity> upcomingOrganisedBy(OrganisationKind kind, long organisationId, Instant now, Pageable page);
}
