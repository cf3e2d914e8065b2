package se.brobygge.events;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;

/**
 * Staff review of events that associations and employers without a verified organisation
 * publish: approved ones are published, declined ones carry a reason the organiser sees.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class EventReviewService {

    private final EventRepository events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventReviewService(EventRepository events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Events of associations and employers waiting for staff review, soonest first. */
    @Transactional(readOnly = true)
    public List<EventSummary> awaitingReview() {
        return events.awaitingReview(clock.instant(), PageRequest.of(0, EventService.MAX_RESULTS)).stream()
                .map(EventEntity::toSummary)
                .toList();
    }

    /** How many events wait for review (the staff inbox). */
    @Transactional(readOnly = true)
    public long awaitingReviewCount() {
        return events.countAwaitingReview(clock.instant());
    }

    /** Staff publish an event that waited for review. */
    @Transactional
    public void approveEvent(EventId id) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        if (event.status() != EventStatus.PENDING_APPROVAL) {
            throw new InvalidInputException("event", "events.review.notPending");
        }
        event.approve();
        tellOrganiser(event, "events.notify.approved.subject", "events.notify.approved.body", List.of(event.title()));
    }

    /** Staff decline an event that waited for review, with a reason the organiser sees. */
    @Transactional
    public void declineEvent(EventId id, String reason) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "events.validation.reason");
        }
        if (event.status() != EventStatus.PENDING_APPROVAL) {
            throw new InvalidInputException("event", "events.review.notPending");
        }
        event.decline(PlainText.text(reason));
        tellOrganiser(
                event,
                "events.notify.reviewDeclined.subject",
                "events.notify.reviewDeclined.body",
                List.of(event.title(), PlainText.text(reason)));
    }

    private void tellOrganiser(EventEntity event, String subject, String body, List<String> args) {
        publisher.publishEvent(new NotificationRequested(
                event.organiserId(),
                NotificationKind.ASSOCIATION_ANSWER,
                "event-review:" + event.id().value() + ":" + event.status(),
                subject,
                body,
                args,
                event.startsAt(),
                "/events/" + event.id().value()));
    }
}
