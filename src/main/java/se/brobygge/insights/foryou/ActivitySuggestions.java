package se.brobygge.insights.foryou;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationType;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;

/**
 * Suggested events and associations: in a language the person speaks, in their area, about what they
 * like or want, on a day they can. Never by an event's audience or an association's type for women,
 * youth, pensioners, immigrants or faith.
 */
@Component
class ActivitySuggestions {

    private final EventService events;
    private final PlaceService places;
    private final AssociationService associations;
    private final ActivityService activities;
    private final Clock clock;

    ActivitySuggestions(
            EventService events,
            PlaceService places,
            AssociationService associations,
            ActivityService activities,
            Clock clock) {
        this.events = events;
        this.places = places;
        this.associations = associations;
        this.activities = activities;
        this.clock = clock;
    }

    List<Suggestion> eventSuggestions(Signals signals, Dismissals dismissals) {
        Set<Long> nearby = signals.area() == null
                ? Set.of()
                : places.published(new PlaceFilter(signals.area(), Set.of())).stream()
                        .map(p -> p.id().value())
                        .collect(Collectors.toSet());
        Set<Long> seriesSeen = new HashSet<>();
        List<Suggestion> found = new ArrayList<>();
        for (EventSummary event : eventCandidates(signals)) {
            String key = Long.toString(event.id().value());
            if (dismissals.hides(SuggestionKind.EVENT, key)
                    || event.seriesId() != null && dismissals.hides(SuggestionKind.EVENT, "series-" + event.seriesId())
                    || event.seriesId() != null
                            && !seriesSeen.add(event.seriesId().value())) {
                continue; // one occurrence of a series is enough
            }
            Score score = new Score();
            score.language(event.languages(), signals.languages());
            String area = signals.area();
            if (area != null
                    && event.placeId() != null
                    && nearby.contains(event.placeId().value())) {
                score.add(2, Reason.Kind.AREA, area);
            }
            score.topicOrGoal(topicOf(event.category()), goalOf(event.category()), signals);
            score.day(
                    LocalDateTime.ofInstant(event.startsAt(), Formats.MUNICIPALITY_ZONE),
                    signals,
                    event.seriesId() != null);
            found.add(score.toSuggestion(
                    SuggestionKind.EVENT,
                    event.seriesId() != null ? "series-" + event.seriesId() : key,
                    event.title(),
                    "events/" + event.id().value(),
                    event.startsAt(),
                    dismissals.penalty(SuggestionKind.EVENT, "category:" + event.category())));
        }
        return found;
    }

    /**
     * The soonest upcoming events, and the soonest in each language the person speaks and in their
     * area, so that a busy calendar does not push the best matches out of reach.
     */
    private Collection<EventSummary> eventCandidates(Signals signals) {
        Map<Long, EventSummary> found = new LinkedHashMap<>();
        events.upcoming(EventFilter.none(), EventService.MAX_RESULTS)
                .forEach(e -> found.putIfAbsent(e.id().value(), e));
        signals.languages().stream()
                .limit(5)
                .forEach(language -> events.upcoming(
                                new EventFilter(null, null, null, null, null, language, false, false), 50)
                        .forEach(e -> found.putIfAbsent(e.id().value(), e)));
        if (signals.area() != null) {
            events.upcoming(new EventFilter(null, null, null, null, null, null, false, false, signals.area()), 50)
                    .forEach(e -> found.putIfAbsent(e.id().value(), e));
        }
        return found.values().stream()
                .sorted(Comparator.comparing(EventSummary::startsAt))
                .toList();
    }

    /**
     * The directory's first page, and the associations meeting in each language the person speaks
     * and in their area, so that a long directory does not push the best matches out of reach.
     */
    private List<Association> associationCandidates(Signals signals) {
        Map<AssociationId, Association> found = new LinkedHashMap<>();
        associations.directory(AssociationFilter.none()).forEach(a -> found.putIfAbsent(a.id(), a));
        signals.languages().stream()
                .limit(5)
                .forEach(language -> associations
                        .directory(new AssociationFilter(null, null, null, language, false, false))
                        .forEach(a -> found.putIfAbsent(a.id(), a)));
        if (signals.area() != null) {
            associations
                    .directory(new AssociationFilter(null, null, signals.area(), null, false, false))
                    .forEach(a -> found.putIfAbsent(a.id(), a));
        }
        return List.copyOf(found.values());
    }

    List<Suggestion> associationSuggestions(Signals signals, Dismissals dismissals) {
        List<Association> all = associationCandidates(signals);
        Map<AssociationId, List<Activity>> activitiesOf = activities.of(all);
        LocalDate monday =
                LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE).with(DayOfWeek.MONDAY);
        List<Suggestion> found = new ArrayList<>();
        for (Association association : all) {
            String key = Long.toString(association.id().value());
            if (dismissals.hides(SuggestionKind.ASSOCIATION, key)) {
                continue;
            }
            Score score = new Score();
            score.language(association.languages(), signals.languages());
            if (signals.area() != null && association.areas().contains(signals.area())) {
                score.add(2, Reason.Kind.AREA, signals.area());
            }
            Topic topic = topicOf(association.type());
            score.topicOrGoal(topic, topic == Topic.LANGUAGE ? Goal.LEARN_SWEDISH : null, signals);
            activitiesOf.getOrDefault(association.id(), List.of()).stream()
                    .filter(a -> !a.hidden())
                    .map(a -> monday.with(TemporalAdjusters.nextOrSame(a.weekday()))
                            .atTime(a.startsAt()))
                    .filter(start -> signals.availability().contains(Availability.of(start)))
                    .findFirst()
                    .ifPresent(start -> score.day(start, signals, true));
            found.add(score.toSuggestion(
                    SuggestionKind.ASSOCIATION,
                    key,
                    association.name(),
                    "associations/" + association.id().value(),
                    null,
                    dismissals.penalty(SuggestionKind.ASSOCIATION, "type:" + association.type())));
        }
        return found;
    }

    static @Nullable Topic topicOf(Category category) {
        return switch (category) {
            case LANGUAGE_CAFE -> Topic.LANGUAGE;
            case MEETUP -> Topic.SOCIAL;
            case CULTURE -> Topic.CULTURE;
            case SPORT -> Topic.SPORT;
            case INFORMATION_MEETING -> Topic.WORK;
            case CHILDREN_AND_FAMILY -> Topic.FAMILY;
            case OTHER -> null;
        };
    }

    static @Nullable Goal goalOf(Category category) {
        return switch (category) {
            case LANGUAGE_CAFE -> Goal.LEARN_SWEDISH;
            case MEETUP, CULTURE, SPORT -> Goal.MEET_PEOPLE;
            case INFORMATION_MEETING -> Goal.FIND_WORK;
            default -> null;
        };
    }

    /** Association types that say nothing about who the members are (no gender, age, origin or faith). */
    static @Nullable Topic topicOf(AssociationType type) {
        return switch (type) {
            case SPORTS -> Topic.SPORT;
            case CULTURE -> Topic.CULTURE;
            case STUDY -> Topic.STUDIES;
            case LANGUAGE -> Topic.LANGUAGE;
            default -> null;
        };
    }
}
