package se.brobygge.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.EventSearch;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;

/** Publishing and finding events. Anyone may look; staff publish; organisers and staff cancel. */
@Service
@PreAuthorize("permitAll()")
public class EventService {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$");
    static final int MAX_RESULTS = 200;

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final org.springframework.context.ApplicationEventPublisher publisher;
    private final EventSearch search;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final Clock clock;

    EventService(EventRepository events, SignUpRepository signUps,
            org.springframework.context.ApplicationEventPublisher publisher, EventSearch search, PlaceService places,
            CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.signUps = signUps;
        this.publisher = publisher;
        this.search = search;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EventSummary> upcoming(EventFilter filter) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        LocalDate from = filter.from() == null || filter.from().isBefore(today) ? today : filter.from();
        Instant fromInstant = from.equals(today) ? clock.instant() : from.atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant();
        LocalDate to = filter.to() == null ? from.plusYears(1) : filter.to();
        Instant toInstant = to.plusDays(1).atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant();
        PageRequest page = PageRequest.of(0, MAX_RESULTS);
        if (filter.text() == null || filter.text().isBlank()) {
            return events.search(fromInstant, toInstant, filter.category(), filter.audience(),
                    filter.childFriendlyOnly(), filter.freeOnly(), filter.language(), page).stream()
                    .map(EventEntity::toSummary).toList();
        }
        // words in any inflection (Lucene analysers), then the other filters in the database
        List<Long> matches = search.matching(filter.text().strip(), 1_000);
        if (matches.isEmpty()) {
            return List.of();
        }
        return events.searchAmong(matches, fromInstant, toInstant, filter.category(), filter.audience(),
                filter.childFriendlyOnly(), filter.freeOnly(), filter.language(), page).stream()
                .map(EventEntity::toSummary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> event(EventId id) {
        return events.findById(id.value()).map(EventEntity::toSummary);
    }

    /**
     * Publishes an event organised by the signed-in staff member.
     *
     * @throws InvalidInputException with field errors; nothing is saved
     */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional
    public EventId create(EventDraft draft) {
        validate(draft);
        EventEntity event = new EventEntity(currentUser.require().value(),
                currentUser.displayName().orElse("Brobygge"), clock.instant());
        describe(event, draft);
        return events.saveAndFlush(event).id();
    }

    /** Cancels an event; everyone signed up or waiting is told by mail. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancel(EventId id, String reason) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        requireOrganiserOrStaff(event);
        if (reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "events.validation.reason");
        }
        if (event.status() == EventStatus.CANCELLED) {
            return;
        }
        event.cancel(reason.strip());
        List<AccountId> people = signUps.activeAt(id.value()).stream()
                .map(s -> new AccountId(s.accountId())).toList();
        publisher.publishEvent(new EventCancelled(id, event.title(), event.startsAt(), reason.strip(), people));
    }

    /** Whether the signed-in user may manage this event (its organiser, or staff). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage(EventId id) {
        return events.findById(id.value()).map(this::mayManage).orElse(false);
    }

    boolean mayManage(EventEntity event) {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN)
                || currentUser.id().map(me -> me.value() == event.organiserId()).orElse(false);
    }

    void requireOrganiserOrStaff(EventEntity event) {
        if (!mayManage(event)) {
            throw new AccessDeniedException("Only the organiser or staff manage this event");
        }
    }

    private void describe(EventEntity event, EventDraft d) {
        event.describe(d.title().strip(), d.description().strip(), d.placeId(), blankToNull(d.onlineUrl()),
                instant(d.startsAt()), instant(d.endsAt()), d.category(), d.audience(), d.languages(),
                d.childFriendly(), d.costSek() == null || d.costSek().signum() == 0 ? null : d.costSek(),
                d.capacity(), d.signupDeadline() == null ? null : instant(d.signupDeadline()));
    }

    void validate(EventDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title().strip().length() < 3 || d.title().strip().length() > 150) {
            errors.add(new FieldError("title", "events.validation.title"));
        }
        if (d.description().length() > 5000) {
            errors.add(new FieldError("description", "events.validation.description"));
        }
        if (d.startsAt() == null) {
            errors.add(new FieldError("startsAt", "events.validation.required"));
        } else if (instant(d.startsAt()).isBefore(clock.instant())) {
            errors.add(new FieldError("startsAt", "events.validation.startInPast"));
        }
        if (d.endsAt() == null) {
            errors.add(new FieldError("endsAt", "events.validation.required"));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldError("endsAt", "events.validation.endBeforeStart"));
        }
        if (d.category() == null) {
            errors.add(new FieldError("category", "events.validation.required"));
        }
        if (d.audience() == null) {
            errors.add(new FieldError("audience", "events.validation.required"));
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 10_000)) {
            errors.add(new FieldError("capacity", "events.validation.capacity"));
        }
        if (d.costSek() != null && (d.costSek().signum() < 0 || d.costSek().compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            errors.add(new FieldError("costSek", "events.validation.cost"));
        }
        if (d.signupDeadline() != null && d.startsAt() != null && d.signupDeadline().isAfter(d.startsAt())) {
            errors.add(new FieldError("signupDeadline", "events.validation.deadlineAfterStart"));
        }
        String url = blankToNull(d.onlineUrl());
        if (url != null && (url.length() > 500 || !WEB_ADDRESS.matcher(url).matches())) {
            errors.add(new FieldError("onlineUrl", "events.validation.url"));
        }
        if (d.placeId() == null && url == null) {
            errors.add(new FieldError("placeId", "events.validation.location"));
            errors.add(new FieldError("onlineUrl", "events.validation.location"));
        } else if (d.placeId() != null && places.find(new PlaceId(d.placeId()))
                .filter(p -> p.status() == PlaceStatus.PUBLISHED).isEmpty()) {
            errors.add(new FieldError("placeId", "events.validation.place"));
        }
        if (d.languages().size() > 20) {
            errors.add(new FieldError("languages", "events.validation.languages"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Instant instant(@Nullable LocalDateTime local) {
        if (local == null) {
            throw new IllegalArgumentException("time missing");
        }
        return local.atZone(Formats.MUNICIPALITY_ZONE).toInstant();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
