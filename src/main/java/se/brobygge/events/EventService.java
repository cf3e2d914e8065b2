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
import se.brobygge.events.internal.Recurrences;
import se.brobygge.events.internal.Seating;
import se.brobygge.events.internal.SeriesEntity;
import se.brobygge.events.internal.SeriesRepository;
import se.brobygge.events.internal.SignUpRepository;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationDirectory;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;
import se.brobygge.shared.text.RichText;

/**
 * Publishing and finding events. Anyone may look. Staff publish for the municipality;
 * representatives publish for their association or employer (after staff review unless the
 * organisation is verified). Organisers and staff change, move and cancel.
 */
@Service
@PreAuthorize("permitAll()")
public class EventService {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$");
    /** At most this many events in a list; the list says so when there are more. */
    public static final int MAX_RESULTS = 200;
    /** A month calendar needs every event of the month, even on a crowded one. */
    public static final int MAX_CALENDAR_RESULTS = 2_000;

    private final EventRepository events;
    private final SignUpRepository signUps;
    private final org.springframework.context.ApplicationEventPublisher publisher;
    private final EventSearch search;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final SeriesRepository series;
    private final Seating seating;
    private final se.brobygge.events.internal.Reminders reminders;
    private final RepresentationService representation;
    private final List<OrganisationDirectory> directories;
    private final Clock clock;

    private final String municipality;

    EventService(
            EventRepository events,
            SignUpRepository signUps,
            org.springframework.context.ApplicationEventPublisher publisher,
            EventSearch search,
            PlaceService places,
            CurrentUser currentUser,
            SeriesRepository series,
            Seating seating,
            RepresentationService representation,
            List<OrganisationDirectory> directories,
            se.brobygge.events.internal.Reminders reminders,
            Clock clock,
            se.brobygge.shared.BrobyggeProperties properties) {
        this.municipality = properties.municipality().name();
        this.reminders = reminders;
        this.series = series;
        this.seating = seating;
        this.representation = representation;
        this.directories = directories;
        this.events = events;
        this.signUps = signUps;
        this.publisher = publisher;
        this.search = search;
        this.places = places;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<EventSummary> upcoming(EventFilter filter) {
        return upcoming(filter, MAX_RESULTS);
    }

    /**
     * Upcoming events matching the filter, earliest first, at most {@code limit} (capped at {@link #MAX_CALENDAR_RESULTS}).
     * No transaction of its own: a search with words is answered by the index alone (no connection
     * taken), the list without words by one read-only repository query.
     */
    public List<EventSummary> upcoming(EventFilter filter, int limit) {
        Window window = window(filter);
        Instant fromInstant = window.from();
        Instant toInstant = window.to();
        int size = Math.clamp(limit, 1, MAX_CALENDAR_RESULTS);
        if (filter.text() == null || filter.text().isBlank()) {
            List<EventEntity> found = events.search(
                    fromInstant,
                    toInstant,
                    filter.category(),
                    filter.audience(),
                    filter.childFriendlyOnly(),
                    filter.freeOnly(),
                    filter.language(),
                    PageRequest.of(0, size));
            if (filter.area() != null) {
                java.util.Set<Long> inArea = placesIn(filter.area());
                found = found.stream()
                        .filter(e -> e.placeId() != null && inArea.contains(e.placeId()))
                        .toList();
            }
            return found.stream().map(EventEntity::toSummary).toList();
        }
        // words in any inflection and every other filter, sorted, limited and read from the index
        return search.upcoming(
                new EventSearch.Criteria(
                        filter.text().strip(),
                        fromInstant,
                        toInstant,
                        filter.category(),
                        filter.audience(),
                        filter.language(),
                        filter.childFriendlyOnly(),
                        filter.freeOnly(),
                        filter.area() == null ? null : placesIn(filter.area())),
                size);
    }

    /** From now or the filter's first day, to the end of its last day (a year ahead without one). */
    private record Window(Instant from, Instant to) {}

    private Window window(EventFilter filter) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        LocalDate from = filter.from() == null || filter.from().isBefore(today) ? today : filter.from();
        LocalDate to = filter.to() == null ? from.plusYears(1) : filter.to();
        // from the start of this minute: the same for every search within it, so the search index
        // keeps the date filter cached instead of building it again for each search
        return new Window(
                from.equals(today)
                        ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                        : from.atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Formats.MUNICIPALITY_ZONE).toInstant());
    }

    /** Events a list shows at once and fetches at a time while the reader scrolls. */
    public static final int PAGE_SIZE = 50;

    /**
     * A page of the upcoming events matching the filter, earliest first, and how many match in
     * all: what a list shows first and fetches as the reader scrolls. Answered by the search index
     * alone (no database connection), with or without words.
     */
    public EventPage upcomingPage(EventFilter filter, int offset, int limit) {
        Window window = window(filter);
        Instant fromInstant = window.from();
        Instant toInstant = window.to();
        String text = filter.text() == null || filter.text().isBlank()
                ? null
                : filter.text().strip();
        EventSearch.Found found = search.page(
                new EventSearch.Criteria(
                        text,
                        fromInstant,
                        toInstant,
                        filter.category(),
                        filter.audience(),
                        filter.language(),
                        filter.childFriendlyOnly(),
                        filter.freeOnly(),
                        filter.area() == null ? null : placesIn(filter.area())),
                Math.max(0, offset),
                Math.clamp(limit, 1, MAX_RESULTS));
        return new EventPage(found.events(), found.total());
    }

    private java.util.Set<Long> placesIn(String area) {
        return places.published(new se.brobygge.places.PlaceFilter(area, java.util.Set.of())).stream()
                .map(p -> p.id().value())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<EventSummary> event(EventId id) {
        return events.findById(id.value()).map(EventEntity::toSummary);
    }

    /** Questions, kept seats and the organisation of an event, for its page and the editor. */
    @Transactional(readOnly = true)
    public Optional<EventDetails> details(EventId id) {
        return events.findById(id.value())
                .map(e -> new EventDetails(e.toSummary(), e.quotas(), e.questions(), e.onBehalfOf(), e.reviewNote()));
    }

    /**
     * Publishes an event: for the municipality (staff), or for an association or employer the
     * signed-in user represents. Those wait for staff review unless the organisation is verified.
     *
     * @throws InvalidInputException with field errors; nothing is saved
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EventId create(EventDraft draft) {
        OrganisationInfo organisation = authoriseOrganiser(draft.onBehalfOf());
        validate(draft);
        EventEntity event = newEvent(draft, organisation);
        return events.saveAndFlush(event).id();
    }

    /**
     * Publishes a series: one event per date of the rule, each with its own sign-ups.
     * {@code first} gives the first occurrence's times; kept seats are released as long before
     * each occurrence as before the first.
     *
     * @return the occurrences, first to last
     * @throws InvalidInputException with field errors (e.g. a rule with no occurrences); nothing is saved
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<EventId> createSeries(EventDraft first, SeriesRule rule) {
        OrganisationInfo organisation = authoriseOrganiser(first.onBehalfOf());
        List<FieldError> errors = new ArrayList<>();
        try {
            validate(first);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        List<LocalDate> dates = List.of();
        if (rule.frequency() == null) {
            errors.add(new FieldError("frequency", "events.validation.required"));
        }
        if (rule.until() == null) {
            errors.add(new FieldError("until", "events.validation.required"));
        } else if (first.startsAt() != null && rule.frequency() != null) {
            LocalDate firstDate = first.startsAt().toLocalDate();
            if (rule.until().isBefore(firstDate)) {
                errors.add(new FieldError("until", "events.validation.untilBeforeStart"));
            } else if (rule.until().isAfter(firstDate.plusYears(1))) {
                errors.add(new FieldError("until", "events.validation.untilTooFar"));
            } else {
                dates = Recurrences.dates(firstDate, rule.frequency(), rule.until(), rule.skipped());
                if (dates.isEmpty()) {
                    errors.add(new FieldError("until", "events.validation.seriesEmpty"));
                } else if (dates.size() > Recurrences.MAX_OCCURRENCES) {
                    errors.add(new FieldError("until", "events.validation.seriesTooLong"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDateTime start = java.util.Objects.requireNonNull(first.startsAt());
        LocalDateTime end = java.util.Objects.requireNonNull(first.endsAt());
        SeriesEntity saved = series.save(new SeriesEntity(
                java.util.Objects.requireNonNull(rule.frequency()),
                start.toLocalDate(),
                java.util.Objects.requireNonNull(rule.until()),
                rule.skipped(),
                currentUser.require().value(),
                clock.instant()));
        List<EventId> ids = new ArrayList<>();
        for (LocalDate date : dates) {
            EventDraft occurrence = shifted(first, date);
            EventEntity event = newEvent(occurrence, organisation);
            event.partOf(saved.id());
            ids.add(events.save(event).id());
        }
        events.flush();
        return ids;
    }

    /** The draft moved to another date, with times of day, deadline and releases kept relative. */
    private static EventDraft shifted(EventDraft first, LocalDate date) {
        LocalDateTime start = java.util.Objects.requireNonNull(first.startsAt());
        long days = java.time.temporal.ChronoUnit.DAYS.between(start.toLocalDate(), date);
        LocalDateTime end = java.util.Objects.requireNonNull(first.endsAt());
        EventDraft moved = first.at(
                start.plusDays(days),
                end.plusDays(days),
                first.signupDeadline() == null ? null : first.signupDeadline().plusDays(days));
        List<SeatQuota> quotas = first.quotas().stream()
                .map(q -> new SeatQuota(
                        q.group(),
                        q.seats(),
                        q.releasedAt() == null ? null : q.releasedAt().plus(java.time.Duration.ofDays(days))))
                .toList();
        return new EventDraft(
                moved.title(),
                moved.description(),
                moved.placeId(),
                moved.onlineUrl(),
                moved.startsAt(),
                moved.endsAt(),
                moved.category(),
                moved.audience(),
                moved.languages(),
                moved.childFriendly(),
                moved.costSek(),
                moved.capacity(),
                moved.signupDeadline(),
                quotas,
                moved.approvalRequired(),
                moved.questions(),
                moved.onBehalfOf());
    }

    private EventEntity newEvent(EventDraft draft, @Nullable OrganisationInfo organisation) {
        EventEntity event = new EventEntity(
                currentUser.require().value(),
                // staff publish for the municipality: its name, never the staff member's own, is public
                organisation != null ? organisation.name() : municipality,
                clock.instant());
        describe(event, draft);
        event.organiseFor(draft.onBehalfOf());
        if (organisation != null && !organisation.trusted() && !isStaff()) {
            event.awaitReview();
        }
        return event;
    }

    /**
     * Changes one event (or one occurrence of a series). When its time or place changes, everyone
     * signed up or waiting is told; a larger capacity seats people from the waitlist.
     *
     * @throws InvalidInputException with field errors, e.g. a capacity below the seats taken
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void update(EventId id, EventDraft draft) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        requireOrganiserOrStaff(event);
        change(event, draft);
    }

    /**
     * Changes this occurrence and every later one of its series: the same texts and settings, the
     * times of day of {@code draft} on each occurrence's own date. All or nothing.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int updateFollowing(EventId from, EventDraft draft) {
        EventEntity first = events.lockById(from.value()).orElseThrow();
        requireOrganiserOrStaff(first);
        if (first.seriesId() == null) {
            change(first, draft);
            return 1;
        }
        int changed = 0;
        for (EventEntity occurrence : events.ofSeries(first.seriesId())) {
            if (occurrence.startsAt().isBefore(first.startsAt()) || occurrence.status() == EventStatus.CANCELLED) {
                continue;
            }
            EventEntity locked = events.lockById(occurrence.id().value()).orElseThrow();
            LocalDate date = LocalDateTime.ofInstant(locked.startsAt(), Formats.MUNICIPALITY_ZONE)
                    .toLocalDate();
            change(locked, shifted(draft, date));
            changed++;
        }
        return changed;
    }

    private void change(EventEntity event, EventDraft draft) {
        if (event.status() == EventStatus.CANCELLED) {
            throw new InvalidInputException("title", "events.validation.cancelled");
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            validate(draft);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (draft.capacity() != null && draft.capacity() < event.confirmedCount()) {
            errors.add(new FieldError("capacity", "events.validation.capacityBelowConfirmed"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant oldStart = event.startsAt();
        Instant oldEnd = event.endsAt();
        Long oldPlace = event.placeId();
        EventDraft kept = new EventDraft(
                draft.title(),
                draft.description(),
                draft.placeId(),
                draft.onlineUrl(),
                draft.startsAt(),
                draft.endsAt(),
                draft.category(),
                draft.audience(),
                draft.languages(),
                draft.childFriendly(),
                draft.costSek(),
                draft.capacity(),
                draft.signupDeadline(),
                draft.quotas(),
                draft.approvalRequired(),
                draft.questions(),
                event.onBehalfOf());
        describe(event, kept);
        boolean moved = !oldStart.equals(event.startsAt())
                || !oldEnd.equals(event.endsAt())
                || !java.util.Objects.equals(oldPlace, event.placeId());
        if (moved) {
            reminders.forgetReminders(event.id().value());
            for (var signUp : signUps.activeAt(event.id().value())) {
                publisher.publishEvent(new NotificationRequested(
                        signUp.accountId(),
                        NotificationKind.SIGN_UP_CONFIRMATION,
                        "event-moved:" + event.id().value() + ":"
                                + event.startsAt().toEpochMilli() + ":" + event.placeId(),
                        "events.notify.moved.subject",
                        "events.notify.moved.body",
                        List.of(event.title()),
                        event.startsAt(),
                        "/events/" + event.id().value()));
            }
        }
        events.flush();
        seating.promoteWaiting(event);
    }

    /** A series and its occurrences. */
    @Transactional(readOnly = true)
    public Optional<SeriesDetails> series(long seriesId) {
        return series.findById(seriesId)
                .map(s -> new SeriesDetails(
                        s.id(),
                        s.frequency(),
                        s.until(),
                        s.skipped(),
                        events.ofSeries(seriesId).stream()
                                .map(EventEntity::toSummary)
                                .toList()));
    }

    /** Events of associations and employers waiting for staff review, soonest first. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<EventSummary> awaitingReview() {
        return events.awaitingReview(clock.instant(), PageRequest.of(0, MAX_RESULTS)).stream()
                .map(EventEntity::toSummary)
                .toList();
    }

    /** Staff publish an event that waited for review. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
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
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
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

    /** The organisations the signed-in user may publish events for. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganisationInfo> organisationsICanPublishFor() {
        return representation.mine().stream()
                .map(r -> directory(r.kind()).flatMap(d -> d.find(r.organisationId())))
                .flatMap(Optional::stream)
                .filter(o -> !o.suspended())
                .toList();
    }

    private Optional<OrganisationDirectory> directory(se.brobygge.identity.OrganisationKind kind) {
        return directories.stream().filter(d -> d.kind() == kind).findFirst();
    }

    /** Who may publish this: staff for the municipality, a representative for their organisation. */
    private @Nullable OrganisationInfo authoriseOrganiser(@Nullable OnBehalfOf onBehalfOf) {
        if (onBehalfOf == null) {
            if (!isStaff()) {
                throw new AccessDeniedException("Only staff publish events for the municipality");
            }
            return null;
        }
        if (!isStaff() && !representation.represents(onBehalfOf.kind(), onBehalfOf.organisationId())) {
            throw new AccessDeniedException("Not a representative of this organisation");
        }
        OrganisationInfo organisation = directory(onBehalfOf.kind())
                .flatMap(d -> d.find(onBehalfOf.organisationId()))
                .orElseThrow(() -> new InvalidInputException("organisation", "events.validation.organisation"));
        if (organisation.suspended()) {
            throw new InvalidInputException("organisation", "events.validation.organisationSuspended");
        }
        return organisation;
    }

    private boolean isStaff() {
        return currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
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
        event.cancel(PlainText.text(reason));
        List<AccountId> people = signUps.activeAt(id.value()).stream()
                .map(s -> new AccountId(s.accountId()))
                .toList();
        publisher.publishEvent(new EventCancelled(id, event.title(), event.startsAt(), PlainText.text(reason), people));
    }

    /** Whether the signed-in user may manage this event (its organiser, or staff). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage(EventId id) {
        return events.findById(id.value()).map(this::mayManage).orElse(false);
    }

    boolean mayManage(EventEntity event) {
        if (isStaff()
                || currentUser.id().map(me -> me.value() == event.organiserId()).orElse(false)) {
            return true;
        }
        OnBehalfOf organisation = event.onBehalfOf();
        return organisation != null
                && currentUser.isSignedIn()
                && representation.represents(organisation.kind(), organisation.organisationId());
    }

    void requireOrganiserOrStaff(EventEntity event) {
        if (!mayManage(event)) {
            throw new AccessDeniedException("Only the organiser or staff manage this event");
        }
    }

    private void describe(EventEntity event, EventDraft d) {
        // the description is Markdown: stored without raw HTML or unsafe links (RichText)
        event.describe(
                PlainText.line(d.title()),
                RichText.clean(d.description()).strip(),
                d.placeId(),
                blankToNull(d.onlineUrl()),
                instant(d.startsAt()),
                instant(d.endsAt()),
                d.category(),
                d.audience(),
                d.languages(),
                d.childFriendly(),
                d.costSek() == null || d.costSek().signum() == 0 ? null : d.costSek(),
                d.capacity(),
                d.signupDeadline() == null ? null : instant(d.signupDeadline()));
        event.setSignUpRules(
                d.quotas(),
                d.approvalRequired(),
                d.questions().stream()
                        .map(String::strip)
                        .filter(q -> !q.isEmpty())
                        .toList());
    }

    void validate(EventDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (PlainText.line(d.title()).length() < 3 || PlainText.line(d.title()).length() > 150) {
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
        if (d.costSek() != null
                && (d.costSek().signum() < 0 || d.costSek().compareTo(BigDecimal.valueOf(100_000)) > 0)) {
            errors.add(new FieldError("costSek", "events.validation.cost"));
        }
        if (d.signupDeadline() != null
                && d.startsAt() != null
                && d.signupDeadline().isAfter(d.startsAt())) {
            errors.add(new FieldError("signupDeadline", "events.validation.deadlineAfterStart"));
        }
        String url = blankToNull(d.onlineUrl());
        if (url != null && (url.length() > 500 || !WEB_ADDRESS.matcher(url).matches())) {
            errors.add(new FieldError("onlineUrl", "events.validation.url"));
        }
        if (d.placeId() == null && url == null) {
            errors.add(new FieldError("placeId", "events.validation.location"));
            errors.add(new FieldError("onlineUrl", "events.validation.location"));
        } else if (d.placeId() != null
                && places.find(new PlaceId(d.placeId()))
                        .filter(p -> p.status() == PlaceStatus.PUBLISHED)
                        .isEmpty()) {
            errors.add(new FieldError("placeId", "events.validation.place"));
        }
        if (d.languages().size() > 20) {
            errors.add(new FieldError("languages", "events.validation.languages"));
        }
        if (!d.quotas().isEmpty()) {
            int kept = d.quotas().stream().mapToInt(SeatQuota::seats).sum();
            long groups = d.quotas().stream().map(SeatQuota::group).distinct().count();
            if (d.quotas().stream()
                            .anyMatch(q -> q.seats() < 1
                                    || q.group().isBlank()
                                    || q.group().length() > 32)
                    || groups < d.quotas().size()) {
                errors.add(new FieldError("quotas", "events.validation.quota"));
            } else if (d.capacity() == null || kept > d.capacity()) {
                errors.add(new FieldError("quotas", "events.validation.reservedAboveCapacity"));
            } else if (d.startsAt() != null
                    && d.quotas().stream()
                            .anyMatch(q ->
                                    q.releasedAt() != null && q.releasedAt().isAfter(instant(d.startsAt())))) {
                errors.add(new FieldError("quotas", "events.validation.releaseAfterStart"));
            }
        }
        if (d.questions().size() > 3
                || d.questions().stream()
                        .map(String::strip)
                        .anyMatch(q -> !q.isEmpty() && (q.length() < 3 || q.length() > 200))) {
            errors.add(new FieldError("questions", "events.validation.questions"));
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

    /**
     * Published events an association or employer organises (created on its behalf, from an
     * activity or not) that have not ended yet, earliest first, at most {@code limit} (capped at
     * {@link #MAX_RESULTS}). Cancelled events and events waiting for review are left out.
     */
    @Transactional(readOnly = true)
    public List<EventSummary> upcomingOrganisedBy(OnBehalfOf organisation, int limit) {
        return events
                .upcomingOrganisedBy(
                        organisation.kind(),
                        organisation.organisationId(),
                        clock.instant(),
                        PageRequest.of(0, Math.clamp(limit, 1, MAX_RESULTS)))
                .stream()
                .map(EventEntity::toSummary)
                .toList();
    }
}
