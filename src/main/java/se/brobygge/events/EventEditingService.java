package se.brobygge.events;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventDrafts;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Organisers;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.text.PlainText;

/**
 * Publishing, changing and cancelling single events. Staff publish for the municipality;
 * representatives publish for their association or employer (after staff review unless the
 * organisation is verified). Organisers and staff change and cancel.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EventEditingService {

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final EventDrafts drafts;
    private final Organisers organisers;
    private final ApplicationEventPublisher publisher;

    EventEditingService(
            EventRepository events,
            SignUpRepository signUps,
            EventDrafts drafts,
            Organisers organisers,
            ApplicationEventPublisher publisher) {
        this.events = events;
        this.signUps = signUps;
        this.drafts = drafts;
        this.organisers = organisers;
        this.publisher = publisher;
    }

    /**
     * Publishes an event: for the municipality (staff), or for an association or employer the
     * signed-in user represents. Those wait for staff review unless the organisation is verified.
     *
     * @throws InvalidInputException with field errors; nothing is saved
     */
    @Transactional
    public EventId create(EventDraft draft) {
        OrganisationInfo organisation = organisers.authorise(draft.onBehalfOf());
        drafts.validate(draft);
        EventEntity event = drafts.newEvent(draft, organisation);
        return events.saveAndFlush(event).id();
    }

    /**
     * Changes one event (or one occurrence of a series). When its time or place changes, everyone
     * signed up or waiting is told; a larger capacity seats people from the waitlist.
     *
     * @throws InvalidInputException with field errors, e.g. a capacity below the seats taken
     */
    @Transactional
    public void update(EventId id, EventDraft draft) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        drafts.change(event, draft);
    }

    /** Cancels an event; everyone signed up or waiting is told by mail. */
    @Transactional
    public void cancel(EventId id, String reason) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "events.validation.reason");
        }
        if (event.status() == EventStatus.CANCELLED) {
            return;
        }
        event.cancel(PlainText.text(reason));
        List<AccountId> people = signUps.activeAt(id.value()).stream()
                .map(s -> new AccountId(s.accountId()))
                .toList();
        publisher.publishEvent(new EventCancelled(id, event.title(), event.startsAt(), PlainText.text(reason), people));
    }

    /** The organisations the signed-in user may publish events for. */
    @Transactional(readOnly = true)
    public List<OrganisationInfo> organisationsICanPublishFor() {
        return organisers.mine();
    }
}
