package se.brobygge.events.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventStatus;
import se.brobygge.events.SeatQuota;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.text.PlainText;
import se.brobygge.shared.text.RichText;

/**
 * What an organiser's draft does to an event: checked field by field, made into a new event, or
 * applied to an existing one (telling everyone signed up when it moves). Access is checked by the
 * calling service.
 */
@Component
public class EventDrafts {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]+$");

    /** The most companions one sign-up may bring (a family with several children fits). */
    public static final int MAX_COMPANIONS = 10;

    private final PlaceService places;
    private final CurrentUser currentUser;
    private final Organisers organisers;
    private final EventRepository events;
    private final SignUpRepository signUps;
    private final Reminders reminders;
    private final Seating seating;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final String municipality;

    EventDrafts(
            PlaceService places,
            CurrentUser currentUser,
            Organisers organisers,
            EventRepository events,
            SignUpRepository signUps,
            Reminders reminders,
            Seating seating,
            ApplicationEventPublisher publisher,
            Clock clock,
            BrobyggeProperties properties) {
        this.places = places;
        this.currentUser = currentUser;
        this.organisers = organisers;
        this.events = events;
        this.signUps = signUps;
        this.reminders = reminders;
        this.seating = seating;
        this.publisher = publisher;
        this.clock = clock;
        this.municipality = properties.municipality().name();
    }

    /** A new event from a checked draft, waiting for review when an untrusted organisation publishes it. */
    public EventEntity newEvent(EventDraft draft, @Nullable OrganisationInfo organisation) {
        EventEntity event = new EventEntity(
                currentUser.require().value(),
                // staff publish for the municipality: its name, never the staff member's own, is public
                organisation != null ? organisation.name() : municipality,
                clock.instant());
        describe(event, draft);
        event.organiseFor(draft.onBehalfOf());
        if (organisation != null && !organisation.trusted() && !organisers.isStaff()) {
            event.awaitReview();
        }
        return event;
    }

    /**
     * Applies the draft to an event (its organisation stays). When its time or place changes,
     * everyone signed up or waiting is told; a larger capacity seats people from the waitlist.
     *
     * @throws InvalidInputException with field errors, e.g. a capacity below the seats taken
     */
    public void change(EventEntity event, EventDraft draft) {
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
        describe(event, draft.toBuilder().onBehalfOf(event.onBehalfOf()).build());
        boolean moved = !oldStart.equals(event.startsAt())
                || !oldEnd.equals(event.endsAt())
                || !Objects.equals(oldPlace, event.placeId());
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

    /** The draft moved to another date, with times of day, deadline and releases kept relative. */
    public static EventDraft shifted(EventDraft first, LocalDate date) {
        LocalDateTime start = Objects.requireNonNull(first.startsAt());
        long days = ChronoUnit.DAYS.between(start.toLocalDate(), date);
        LocalDateTime end = Objects.requireNonNull(first.endsAt());
        EventDraft moved = first.at(
                start.plusDays(days),
                end.plusDays(days),
                first.signupDeadline() == null ? null : first.signupDeadline().plusDays(days));
        List<SeatQuota> quotas = first.quotas().stream()
                .map(q -> new SeatQuota(
                        q.group(),
                        q.seats(),
                        q.releasedAt() == null ? null : q.releasedAt().plus(Duration.ofDays(days))))
                .toList();
        return moved.toBuilder().quotas(quotas).build();
    }

    private void describe(EventEntity event, EventDraft d) {
        // the description is Markdown: stored without raw HTML or unsafe links (RichText)
        event.describe(
                PlainText.line(d.title()),
                RichText.clean(d.description()).strip(),
                d.placeId() == null ? null : d.placeId().value(),
                blankToNull(d.onlineUrl()),
                instant(d.startsAt()),
                instant(d.endsAt()),
                Objects.requireNonNull(d.category()),
                Objects.requireNonNull(d.audience()),
                d.languages(),
                d.childFriendly(),
                d.costSek() == null || d.costSek().signum() == 0 ? null : d.costSek(),
                d.capacity(),
                d.signupDeadline() == null ? null : instant(d.signupDeadline()));
        event.translate(
                TextTranslations.cleaned(d.titleTranslations(), PlainText::line),
                TextTranslations.cleaned(
                        d.descriptionTranslations(), t -> RichText.clean(t).strip()));
        event.setSignUpRules(
                d.quotas(),
                d.approvalRequired(),
                d.questions().stream()
                        .map(String::strip)
                        .filter(q -> !q.isEmpty())
                        .toList(),
                d.companionsMax());
    }

    /** @throws InvalidInputException with every field error of the draft */
    public void validate(EventDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (PlainText.line(d.title()).length() < 3 || PlainText.line(d.title()).length() > 150) {
            errors.add(new FieldError("title", "events.validation.title"));
        }
        if (d.description().length() > 5000) {
            errors.add(new FieldError("description", "events.validation.description"));
        }
        // translations are optional; given ones follow the Swedish text's limits (field "title.ar")
        d.titleTranslations().forEach((language, text) -> {
            if (!text.isBlank() && PlainText.line(text).length() > 150) {
                errors.add(new FieldError("title." + language.code(), "events.validation.title"));
            }
        });
        d.descriptionTranslations().forEach((language, text) -> {
            if (text.length() > 5000) {
                errors.add(new FieldError("description." + language.code(), "events.validation.description"));
            }
        });
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
        PlaceId place = d.placeId();
        if (place == null && url == null) {
            errors.add(new FieldError("placeId", "events.validation.location"));
            errors.add(new FieldError("onlineUrl", "events.validation.location"));
        } else if (place != null
                && places.find(place)
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
        if (d.companionsMax() < 0 || d.companionsMax() > MAX_COMPANIONS) {
            errors.add(new FieldError("companionsMax", "events.validation.companionsMax"));
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
}
