package se.brobygge.associations;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.internal.ActivityEntity;
import se.brobygge.associations.internal.ActivityRepository;
import se.brobygge.associations.internal.AssociationAccess;
import se.brobygge.associations.internal.AssociationEntity;
import se.brobygge.associations.internal.AssociationRepository;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventId;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.events.SeriesRule;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.text.PlainText;

/**
 * Regular activities of associations. Anyone sees them; the association's representatives and
 * staff add, change and remove them, and can turn one into an events-module series for sign-up.
 */
@Service
@PreAuthorize("permitAll()")
public class ActivityService {

    public static final int MAX_OCCURRENCES = 12;

    private final ActivityRepository activities;
    private final AssociationRepository associations;
    private final AssociationAccess access;
    private final EventSeriesService events;
    private final PlaceService places;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ActivityService(
            ActivityRepository activities,
            AssociationRepository associations,
            AssociationAccess access,
            EventSeriesService events,
            PlaceService places,
            CurrentUser currentUser,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.activities = activities;
        this.associations = associations;
        this.access = access;
        this.events = events;
        this.places = places;
        this.currentUser = currentUser;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The activities of these associations, in one query (directory cards, association page). */
    @Transactional(readOnly = true)
    public Map<AssociationId, List<Activity>> of(Collection<Association> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names =
                shown.stream().collect(Collectors.toMap(a -> a.id().value(), Association::name, (a, b) -> a));
        return activities.ofAssociations(names.keySet()).stream()
                .map(a -> a.toRecord(Objects.requireNonNull(
                        names.get(a.associationId()), "activities were fetched for these associations")))
                .collect(Collectors.groupingBy(Activity::associationId, LinkedHashMap::new, Collectors.toList()));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Activity add(AssociationId associationId, ActivityDraft draft) {
        access.requireManager(associationId);
        AssociationEntity association =
                associations.findById(associationId.value()).orElseThrow();
        validate(draft);
        ActivityEntity activity = new ActivityEntity(associationId.value(), clock.instant());
        describe(activity, draft);
        activity = activities.saveAndFlush(activity);
        submitted(activity);
        return activity.toRecord(association.name());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Activity update(long activityId, ActivityDraft draft, long expectedVersion) {
        ActivityEntity activity = activities.findById(activityId).orElseThrow();
        access.requireManager(new AssociationId(activity.associationId()));
        if (activity.version() != expectedVersion) {
            throw new EditConflictException();
        }
        validate(draft);
        describe(activity, draft);
        activities.flush();
        submitted(activity);
        return activity.toRecord(
                associations.findById(activity.associationId()).orElseThrow().name());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void delete(long activityId) {
        ActivityEntity activity = activities.findById(activityId).orElseThrow();
        access.requireManager(new AssociationId(activity.associationId()));
        activities.delete(activity);
    }

    /**
     * Publishes the activity's next occurrences as a series in the events module, organised for
     * the association, where residents sign up (events keeps sign-up; nothing of it is copied
     * here). A verified association's events are public at once; others wait for staff review
     * there. The activity must meet at a published meeting place.
     *
     * @throws InvalidInputException field {@code placeId} without a place, {@code occurrences} out of range
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<EventId> publishAsEvents(long activityId, int occurrences) {
        ActivityEntity activity = activities.findById(activityId).orElseThrow();
        AssociationId associationId = new AssociationId(activity.associationId());
        access.requireManager(associationId);
        if (occurrences < 1 || occurrences > MAX_OCCURRENCES) {
            throw new InvalidInputException("occurrences", "associations.validation.occurrences");
        }
        if (activity.placeId() == null) {
            throw new InvalidInputException("placeId", "associations.validation.placeForEvents");
        }
        Association association =
                associations.findById(associationId.value()).orElseThrow().toRecord();
        List<LocalDate> dates = nextDates(activity.weekday(), activity.startsAt(), activity.recurrence(), occurrences);
        LocalDate first = dates.getFirst();
        EventDraft draft = EventDraft.builder()
                .title(activity.title())
                .description(activity.description())
                .titleTranslations(activity.titleTranslations())
                .descriptionTranslations(activity.descriptionTranslations())
                .placeId(activity.placeId() == null ? null : new PlaceId(activity.placeId()))
                .startsAt(LocalDateTime.of(first, activity.startsAt()))
                .endsAt(LocalDateTime.of(first, activity.endsAt()))
                .category(category(association.type()))
                .audience(audience(association.type()))
                .languages(association.languages())
                .onBehalfOf(new OnBehalfOf(OrganisationKind.ASSOCIATION, associationId.value()))
                .build();
        List<EventId> created =
                events.createSeries(draft, new SeriesRule(frequency(activity.recurrence()), dates.getLast(), Set.of()));
        created.forEach(id -> activity.eventIds().add(id.value()));
        return created;
    }

    private static SeriesRule.Frequency frequency(Recurrence recurrence) {
        return switch (recurrence) {
            case WEEKLY -> SeriesRule.Frequency.WEEKLY;
            case BIWEEKLY -> SeriesRule.Frequency.BIWEEKLY;
            case MONTHLY -> SeriesRule.Frequency.MONTHLY;
        };
    }

    /** The next dates on the activity's weekday after now, weekly, every other week or monthly. */
    List<LocalDate> nextDates(DayOfWeek weekday, LocalTime startsAt, Recurrence recurrence, int count) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        LocalDate first = now.toLocalDate().with(TemporalAdjusters.nextOrSame(weekday));
        if (!LocalDateTime.of(first, startsAt).isAfter(now)) {
            first = first.plusWeeks(1);
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate day = first;
        for (int i = 0; i < count; i++) {
            dates.add(day);
            day = switch (recurrence) {
                case WEEKLY -> day.plusWeeks(1);
                case BIWEEKLY -> day.plusWeeks(2);
                // the same weekday in the same week of the next month (e.g. the first Tuesday)
                case MONTHLY ->
                    day.plusMonths(1)
                            .with(TemporalAdjusters.dayOfWeekInMonth((first.getDayOfMonth() - 1) / 7 + 1, weekday));
            };
        }
        return dates;
    }

    private static Category category(AssociationType type) {
        return switch (type) {
            case SPORTS -> Category.SPORT;
            case CULTURE -> Category.CULTURE;
            case LANGUAGE, STUDY -> Category.LANGUAGE_CAFE;
            default -> Category.MEETUP;
        };
    }

    private static Audience audience(AssociationType type) {
        return switch (type) {
            case WOMEN -> Audience.WOMEN;
            case YOUTH -> Audience.YOUTH;
            case PENSIONERS -> Audience.SENIORS;
            case IMMIGRANT -> Audience.NEWCOMERS;
            default -> Audience.EVERYONE;
        };
    }

    private void submitted(ActivityEntity activity) {
        publisher.publishEvent(new ContentSubmitted(
                new ContentRef(AssociationService.MODULE, "activity", activity.id()),
                currentUser.require().value(),
                activity.title() + "\n\n" + activity.description() + translationsText(activity),
                null,
                "/associations/" + activity.associationId(),
                clock.instant()));
    }

    /** The texts in other languages, for moderation to read with the Swedish ones. */
    private static String translationsText(ActivityEntity activity) {
        StringBuilder text = new StringBuilder();
        activity.titleTranslations().values().forEach(t -> text.append("\n\n").append(t));
        activity.descriptionTranslations()
                .values()
                .forEach(t -> text.append("\n\n").append(t));
        return text.toString();
    }

    private void describe(ActivityEntity activity, ActivityDraft d) {
        activity.describe(
                PlainText.line(d.title()),
                d.description().strip(),
                Objects.requireNonNull(d.weekday(), "validated: weekday is required"),
                Objects.requireNonNull(d.startsAt(), "validated: startsAt is required"),
                Objects.requireNonNull(d.endsAt(), "validated: endsAt is required"),
                d.recurrence() == null ? Recurrence.WEEKLY : d.recurrence(),
                d.placeId());
        activity.translate(
                TextTranslations.cleaned(d.titleTranslations(), PlainText::line),
                TextTranslations.cleaned(d.descriptionTranslations(), String::strip));
    }

    private void validate(ActivityDraft d) {
        List<FieldError> errors = new ArrayList<>();
        if (PlainText.line(d.title()).length() < 3 || PlainText.line(d.title()).length() > 150) {
            errors.add(new FieldError("title", "associations.validation.activityTitle"));
        }
        if (d.description().length() > 2000) {
            errors.add(new FieldError("description", "associations.validation.activityDescription"));
        }
        // other languages are optional, within the Swedish text's limits (field "title.ar")
        d.titleTranslations().forEach((language, text) -> {
            if (!text.isBlank() && PlainText.line(text).length() > 150) {
                errors.add(new FieldError("title." + language.code(), "associations.validation.activityTitle"));
            }
        });
        d.descriptionTranslations().forEach((language, text) -> {
            if (text.strip().length() > 2000) {
                errors.add(new FieldError(
                        "description." + language.code(), "associations.validation.activityDescription"));
            }
        });
        if (d.description().isBlank()
                && !TextTranslations.cleaned(d.descriptionTranslations(), String::strip)
                        .isEmpty()) {
            errors.add(new FieldError("description", "associations.validation.original"));
        }
        if (d.weekday() == null) {
            errors.add(new FieldError("weekday", "associations.validation.required"));
        }
        if (d.startsAt() == null) {
            errors.add(new FieldError("startsAt", "associations.validation.required"));
        }
        if (d.endsAt() == null) {
            errors.add(new FieldError("endsAt", "associations.validation.required"));
        } else if (d.startsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldError("endsAt", "associations.validation.endBeforeStart"));
        }
        if (d.placeId() != null
                && places.find(new PlaceId(d.placeId()))
                        .filter(p -> p.status() == PlaceStatus.PUBLISHED)
                        .isEmpty()) {
            errors.add(new FieldError("placeId", "associations.validation.place"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
