package se.brobygge.events.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.EventStatus;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.search.SearchWords;

/**
 * The event list's search answered by the database, while the index cannot be trusted (decision
 * 0032): the same filters, visibility (published only) and order as {@link EventSearch}, with
 * every word matched as a part of the title or description. Slower, and without the index's
 * inflections beyond the Swedish endings {@link SearchWords} strips.
 */
@Component
class EventsWithoutIndex {

    private final EntityManager entityManager;

    EventsWithoutIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public EventSearch.Found page(EventSearch.Criteria criteria, int offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<EventEntity> query = cb.createQuery(EventEntity.class);
        Root<EventEntity> event = query.from(EventEntity.class);
        query.select(event)
                .where(matching(cb, query, event, criteria))
                .orderBy(cb.asc(event.get("startsAt")), cb.asc(event.get("id")));
        List<EventEntity> found = entityManager
                .createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<EventEntity> counted = count.from(EventEntity.class);
        count.select(cb.count(counted)).where(matching(cb, count, counted, criteria));
        return new EventSearch.Found(
                found.stream().map(EventEntity::toSummary).toList(),
                entityManager.createQuery(count).getSingleResult());
    }

    /** Ids of events (of any status, as in the index) whose title or description holds every word. */
    @Transactional(readOnly = true)
    public List<Long> matching(String text, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<EventEntity> event = query.from(EventEntity.class);
        query.select(event.get("id"))
                .where(words(cb, query, event, text).toArray(Predicate[]::new))
                .orderBy(cb.asc(event.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    private static Predicate[] matching(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<EventEntity> event, EventSearch.Criteria criteria) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(event.get("status"), EventStatus.PUBLISHED));
        where.add(cb.greaterThanOrEqualTo(event.<Instant>get("endsAt"), criteria.from()));
        where.add(cb.lessThan(event.<Instant>get("startsAt"), criteria.to()));
        if (criteria.text() != null) {
            where.addAll(words(cb, query, event, criteria.text()));
        }
        if (criteria.category() != null) {
            where.add(cb.equal(event.get("category"), criteria.category()));
        }
        if (criteria.audience() != null) {
            where.add(cb.equal(event.get("audience"), criteria.audience()));
        }
        if (criteria.language() != null) {
            where.add(cb.isMember(criteria.language(), event.<Set<String>>get("languages")));
        }
        if (criteria.childFriendlyOnly()) {
            where.add(cb.isTrue(event.<Boolean>get("childFriendly")));
        }
        if (criteria.freeOnly()) {
            where.add(cb.or(cb.isNull(event.get("costSek")), cb.equal(event.get("costSek"), BigDecimal.ZERO)));
        }
        if (criteria.places() != null) {
            where.add(
                    criteria.places().isEmpty()
                            ? cb.disjunction()
                            : event.get("placeId").in(criteria.places()));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Every word in the Swedish title or description, or in one of their translations (any language). */
    private static List<Predicate> words(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<EventEntity> event, String text) {
        return SearchWords.patterns(text).stream()
                .map(pattern -> cb.or(
                        cb.like(cb.lower(event.<String>get("title")), pattern),
                        cb.like(cb.lower(event.<String>get("description")), pattern),
                        cb.exists(translated(cb, query, event, pattern))))
                .toList();
    }

    private static Subquery<Integer> translated(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<EventEntity> event, String pattern) {
        Subquery<Integer> translation = query.subquery(Integer.class);
        Root<EventEntity> same = translation.correlate(event);
        Join<EventEntity, TextTranslation> text = same.join("translations");
        return translation.select(cb.literal(1)).where(cb.like(cb.lower(text.<String>get("text")), pattern));
    }
}
