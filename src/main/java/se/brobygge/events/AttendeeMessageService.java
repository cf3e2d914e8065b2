package se.brobygge.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Organisers;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.messaging.ConversationBlockService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentBroadcast;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.shared.text.PlainText;

/**
 * An organiser's message to everyone signed up for their event (or everyone on its waitlist) at
 * once. Each person gets it as their preferences for event news say; nobody who blocked the writer
 * gets it. Staff see every such message in the moderation action log. Limited per writer
 * ({@code brobygge.rate-limits.event-message}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AttendeeMessageService {

    public static final int MAX_SUBJECT = 150;
    public static final int MAX_TEXT = 4000;

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final Organisers organisers;
    private final CurrentUser currentUser;
    private final ConversationBlockService blocks;
    private final ObjectProvider<ContentScreening> screening;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    AttendeeMessageService(
            EventRepository events,
            SignUpRepository signUps,
            Organisers organisers,
            CurrentUser currentUser,
            ConversationBlockService blocks,
            ObjectProvider<ContentScreening> screening,
            RateLimits rateLimits,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.signUps = signUps;
        this.organisers = organisers;
        this.currentUser = currentUser;
        this.blocks = blocks;
        this.screening = screening;
        this.rateLimits = rateLimits;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** How many people a message to {@code audience} would reach now (before blocks). */
    @Transactional(readOnly = true)
    public int reach(EventId id, MessageAudience audience) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        return recipients(id, audience).size();
    }

    /**
     * Sends the message to everyone in {@code audience} who has not blocked me.
     *
     * @return how many people it went to
     * @throws InvalidInputException "subject", "text" (empty, too long, refused by moderation);
     *     "audience" when nobody is there; "text" when I sent too many messages lately
     */
    @Transactional
    public int send(EventId id, MessageAudience audience, String subject, String text) {
        EventEntity event = events.findById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        AccountId me = currentUser.require();
        String cleanSubject = PlainText.line(subject).strip();
        String cleanText = PlainText.text(text).strip();
        List<FieldError> errors = new ArrayList<>();
        if (cleanSubject.isEmpty() || cleanSubject.length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "events.message.validation.subject"));
        }
        if (cleanText.isEmpty() || cleanText.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "events.message.validation.text"));
        }
        if (event.status() == EventStatus.CANCELLED) {
            errors.add(new FieldError("audience", "events.validation.cancelled"));
        }
        List<AccountId> people = recipients(id, audience);
        if (people.isEmpty()) {
            errors.add(new FieldError("audience", "events.message.validation.nobody"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null
                && screen.screen(me.value(), cleanSubject + "\n" + cleanText, null)
                                .outcome()
                        == ContentScreening.Outcome.BLOCK) {
            throw new InvalidInputException("text", "events.message.validation.refused");
        }
        rateLimits.acquire("event-message", Long.toString(me.value()), "text", "events.message.validation.tooMany");
        Set<AccountId> blockedMe = blocks.whoBlockedMe(people);
        Instant now = clock.instant();
        int sent = 0;
        for (AccountId person : people) {
            if (blockedMe.contains(person) || person.equals(me)) {
                continue;
            }
            publisher.publishEvent(new NotificationRequested(
                    person.value(),
                    NotificationKind.EVENT_REMINDER,
                    "event-message:" + id.value() + ":" + now.toEpochMilli() + ":" + person.value(),
                    "events.notify.message.subject",
                    "events.notify.message.body",
                    List.of(event.title(), cleanSubject, cleanText),
                    event.startsAt(),
                    "/events/" + id.value()));
            sent++;
        }
        publisher.publishEvent(new ContentBroadcast(
                new ContentRef("events", "attendee-message", id.value()),
                me.value(),
                cleanSubject,
                cleanText,
                sent,
                now));
        return sent;
    }

    private List<AccountId> recipients(EventId id, MessageAudience audience) {
        return signUps.activeAt(id.value()).stream()
                .filter(s -> audience.includes(s.status()))
                .map(s -> new AccountId(s.accountId()))
                .distinct()
                .toList();
    }
}
