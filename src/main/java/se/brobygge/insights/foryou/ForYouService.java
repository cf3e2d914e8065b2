package se.brobygge.insights.foryou;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationType;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.CardService;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingFilter;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionService;
import se.brobygge.events.Category;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.occupation.Occupations;

/**
 * Suggests next steps from what the signed-in resident has told Brobygge: the languages they
 * speak, their area and occupation (base profile, mentoring profile, presentation card) and their
 * answers here (goals, topics, when they can). It reads no sensitive data: not the mentoring
 * profile's gender, age or its separately consented origin and year of arrival, and it never
 * matches on an event's audience or an association's type for women, youth, pensioners,
 * immigrants or faith. "Not interested" hides the item and lowers items alike.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ForYouService {

    /** How many suggestions of each kind the page shows at most. */
    static final Map<SuggestionKind, Integer> LIMITS = Map.of(
            SuggestionKind.EVENT,
            6,
            SuggestionKind.ASSOCIATION,
            4,
            SuggestionKind.MENTORING,
            2,
            SuggestionKind.SESSION,
            3,
            SuggestionKind.INTERNSHIP,
            3);
    /** An item needs at least this much in common with the person to be suggested. */
    static final int THRESHOLD = 2;
    /** What each earlier "not interested" in something alike takes off. */
    static final int ALIKE_PENALTY = 2;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final ProfileService mentoring;
    private final CardService cards;
    private final EventService events;
    private final PlaceService places;
    private final AssociationService associations;
    private final ActivityService activities;
    private final SessionService sessions;
    private final PostingService postings;
    private final Clock clock;

    ForYouService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            AccountService accounts,
            ProfileService mentoring,
            CardService cards,
            EventService events,
            PlaceService places,
            AssociationService associations,
            ActivityService activities,
            SessionService sessions,
            PostingService postings,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.mentoring = mentoring;
        this.cards = cards;
        this.events = events;
        this.places = places;
        this.associations = associations;
        this.activities = activities;
        this.sessions = sessions;
        this.postings = postings;
        this.clock = clock;
    }

    /** What the person told Brobygge, gathered from the modules' own profiles and the answers here. */
    record Signals(
            Set<String> languages,
            boolean toldLanguages,
            @Nullable String area,
            Set<String> occupations,
            Set<Goal> goals,
            Set<Topic> topics,
            Set<Availability> availability,
            boolean mentee,
            boolean mentor) {

        /** Nothing told: the language the pages are shown in alone is not enough to suggest anything. */
        boolean isEmpty() {
            return !toldLanguages
                    && area == null
                    && occupations.isEmpty()
                    && goals.isEmpty()
                    && topics.isEmpty()
                    && availability.isEmpty();
        }
    }

    record Dismissals(Set<String> items, Map<String, Integer> alike) {

        boolean hides(SuggestionKind kind, String itemKey) {
            return items.contains(kind + ":" + itemKey);
        }

        int penalty(SuggestionKind kind, String likeness) {
            return ALIKE_PENALTY * alike.getOrDefault(kind + ":" + likeness, 0);
        }
    }

    @Transactional(readOnly = true)
    public Answers myAnswers() {
        return answersOf(currentUser.require());
    }

    /** Saves my answers to the three questions (any of them may be left empty). */
    @Transactional
    public void saveMyAnswers(Answers answers) {
        AccountId me = currentUser.require();
        jdbc.sql("""
                INSERT INTO insights_foryou_answer (account_id, goals, topics, availability, updated_at)
                VALUES (:id, :goals, :topics, :availability, :at)
                ON DUPLICATE KEY UPDATE goals = :goals, topics = :topics, availability = :availability,
                    updated_at = :at""")
                .param("id", me.value())
                .param("goals", join(answers.goals()))
                .param("topics", join(answers.topics()))
                .param("availability", join(answers.availability()))
                .param("at", clock.instant())
                .update();
    }

    /**
     * "Not interested": the item no longer shows, and items alike (the same event category or
     * series, association type, occupation) rank lower from now on.
     */
    @Transactional
    public void notInterested(Suggestion suggestion) {
        AccountId me = currentUser.require();
        jdbc.sql("""
                INSERT IGNORE INTO insights_foryou_dismissal (account_id, kind, item_key, likeness, dismissed_at)
                VALUES (:id, :kind, :item, :likeness, :at)""")
                .param("id", me.value())
                .param("kind", suggestion.kind().name())
                .param("item", truncate(suggestion.itemKey(), 60))
                .param("likeness", truncate(likeness(suggestion), 100))
                .param("at", clock.instant())
                .update();
    }

    /** Shows everything I said "not interested" to again. */
    @Transactional
    public void forgetNotInterested() {
        jdbc.sql("DELETE FROM insights_foryou_dismissal WHERE account_id = :id")
                .param("id", currentUser.require().value())
                .update();
    }

    /** My suggestions, or an empty profile when I have told too little for any. */
    public ForYou forMe() {
        AccountId me = currentUser.require();
        Answers answers = answersOf(me);
        Signals signals = signals(answers);
        if (signals.isEmpty()) {
            return new ForYou(true, answers, List.of());
        }
        Dismissals dismissals = dismissalsOf(me);
        List<Suggestion> found = new ArrayList<>();
        found.addAll(best(eventSuggestions(signals, dismissals), SuggestionKind.EVENT));
        found.addAll(best(associationSuggestions(signals, dismissals), SuggestionKind.ASSOCIATION));
        found.addAll(best(mentoringSuggestions(signals, dismissals), SuggestionKind.MENTORING));
        found.addAll(best(sessionSuggestions(signals, dismissals), SuggestionKind.SESSION));
        found.addAll(best(internshipSuggestions(signals, dismissals), SuggestionKind.INTERNSHIP));
        return new ForYou(false, answers, found);
    }

    private Signals signals(Answers answers) {
        AccountProfile base = accounts.myProfile();
        Set<String> languages = new LinkedHashSet<>(base.languagesSpoken());
        String area = base.area();
        Set<String> occupations = new LinkedHashSet<>();
        Set<Goal> goals = EnumSet.noneOf(Goal.class);
        goals.addAll(answers.goals());
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        topics.addAll(answers.topics());
        Set<Availability> availability = EnumSet.noneOf(Availability.class);
        availability.addAll(answers.availability());

        // the mentoring profile: only languages, area, occupation, interests, times and what is
        // sought; never its gender, age bands or the sensitive details kept beside it
        ProfileDraft profile = mentoring.myProfile().profile();
        languages.addAll(profile.languages().keySet());
        if (area == null) {
            area = profile.area();
        }
        if (profile.occupation() != null) {
            occupations.add(profile.occupation());
        }
        for (String interest : names(profile.interests())) {
            Topic topic = TOPIC_OF_INTEREST.get(interest);
            if (topic != null) {
                topics.add(topic);
            }
        }
        for (String sought : names(profile.seeking())) {
            switch (sought) {
                case "LANGUAGE" -> goals.add(Goal.LEARN_SWEDISH);
                case "SOCIAL" -> goals.add(Goal.MEET_PEOPLE);
                case "PROFESSION", "BUSINESS" -> goals.add(Goal.FIND_WORK);
                case "STUDIES" -> topics.add(Topic.STUDIES);
                default -> {}
            }
        }
        for (String time : names(profile.times())) {
            Arrays.stream(Availability.values())
                    .filter(a -> a.name().equals(time))
                    .forEach(availability::add);
        }

        // the presentation card of employer sessions
        cards.myCard().ifPresent(card -> addCard(card, languages, occupations));
        if (area == null) {
            area = cards.myCard().map(CardDraft::area).orElse(null);
        }
        languages.remove("sv");
        boolean toldLanguages = !languages.isEmpty();
        if (!"sv".equals(base.preferredLanguage())) {
            languages.add(base.preferredLanguage());
        }
        return new Signals(
                languages,
                toldLanguages,
                area == null || area.isBlank() ? null : area,
                occupations,
                goals,
                topics,
                availability,
                profile.asMentee(),
                profile.asMentor());
    }

    private static void addCard(CardDraft card, Set<String> languages, Set<String> occupations) {
        languages.addAll(card.languages());
        if (card.occupation() != null && !card.occupation().isBlank()) {
            occupations.add(card.occupation());
        }
    }

    /** Enum names without naming the enum types, which are the mentoring module's internals. */
    private static List<String> names(Collection<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private static final Map<String, Topic> TOPIC_OF_INTEREST = Map.ofEntries(
            Map.entry("COOKING", Topic.SOCIAL),
            Map.entry("SPORTS", Topic.SPORT),
            Map.entry("OUTDOORS", Topic.SPORT),
            Map.entry("MUSIC", Topic.CULTURE),
            Map.entry("READING", Topic.CULTURE),
            Map.entry("ART", Topic.CULTURE),
            Map.entry("CRAFTS", Topic.CULTURE),
            Map.entry("FILM", Topic.CULTURE),
            Map.entry("TRAVEL", Topic.CULTURE),
            Map.entry("FAITH_AND_CULTURE", Topic.CULTURE),
            Map.entry("TECHNOLOGY", Topic.STUDIES),
            Map.entry("GAMES", Topic.SOCIAL),
            Map.entry("GARDENING", Topic.SOCIAL),
            Map.entry("VOLUNTEERING", Topic.SOCIAL),
            Map.entry("FAMILY_LIFE", Topic.FAMILY),
            Map.entry("ENTREPRENEURSHIP", Topic.WORK));

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

    /** Scores one item: what it has in common with the person, as reasons, strongest first. */
    private static final class Score {
        private final List<Reason> reasons = new ArrayList<>();
        private int points;

        void add(int points, Reason.Kind kind, String value) {
            this.points += points;
            reasons.add(new Reason(kind, value));
        }

        void language(Set<String> theirs, Set<String> mine) {
            theirs.stream()
                    .filter(mine::contains)
                    .filter(l -> !"sv".equals(l))
                    .sorted()
                    .findFirst()
                    .ifPresent(l -> add(3, Reason.Kind.LANGUAGE, l));
        }

        void topicOrGoal(@Nullable Topic topic, @Nullable Goal goal, Signals signals) {
            if (goal != null && signals.goals().contains(goal)) {
                add(2, Reason.Kind.GOAL, goal.name());
            } else if (topic != null && signals.topics().contains(topic)) {
                add(2, Reason.Kind.TOPIC, topic.name());
            }
        }

        void day(LocalDateTime start, Signals signals, boolean recurring) {
            if (signals.availability().contains(Availability.of(start))) {
                add(
                        1,
                        recurring ? Reason.Kind.EVERY_DAY : Reason.Kind.ON_DAY,
                        start.getDayOfWeek().name());
            }
        }

        Suggestion toSuggestion(
                SuggestionKind kind, String key, String title, String link, @Nullable Instant at, int penalty) {
            return new Suggestion(kind, key, title, link, at, reasons, points - penalty);
        }
    }

    private List<Suggestion> eventSuggestions(Signals signals, Dismissals dismissals) {
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
            if (event.placeId() != null && nearby.contains(event.placeId().value())) {
                score.add(2, Reason.Kind.AREA, signals.area());
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
    private java.util.Collection<EventSummary> eventCandidates(Signals signals) {
        Map<Long, EventSummary> found = new java.util.LinkedHashMap<>();
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

    private List<Suggestion> associationSuggestions(Signals signals, Dismissals dismissals) {
        List<Association> all = associations.directory(AssociationFilter.none());
        Map<se.brobygge.associations.AssociationId, List<Activity>> activitiesOf = activities.of(all);
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
                    .map(a -> monday.with(java.time.temporal.TemporalAdjusters.nextOrSame(a.weekday()))
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

    private List<Suggestion> mentoringSuggestions(Signals signals, Dismissals dismissals) {
        List<Suggestion> found = new ArrayList<>();
        if (!signals.mentee() && !dismissals.hides(SuggestionKind.MENTORING, "mentee")) {
            Score score = new Score();
            for (Goal goal : List.of(Goal.GET_MENTOR, Goal.FIND_WORK, Goal.LEARN_SWEDISH)) {
                if (signals.goals().contains(goal)) {
                    score.add(2, Reason.Kind.GOAL, goal.name());
                    break;
                }
            }
            signals.occupations().stream()
                    .findFirst()
                    .ifPresent(o -> score.add(score.points > 0 ? 1 : 0, Reason.Kind.OCCUPATION, o));
            found.add(score.toSuggestion(
                    SuggestionKind.MENTORING,
                    "mentee",
                    "",
                    "mentoring/profile",
                    null,
                    dismissals.penalty(SuggestionKind.MENTORING, "mentoring")));
        }
        if (!signals.mentor() && !dismissals.hides(SuggestionKind.MENTORING, "mentor")) {
            Score score = new Score();
            if (signals.goals().contains(Goal.HELP_OTHERS)) {
                score.add(2, Reason.Kind.GOAL, Goal.HELP_OTHERS.name());
            }
            found.add(score.toSuggestion(
                    SuggestionKind.MENTORING,
                    "mentor",
                    "",
                    "mentoring/profile",
                    null,
                    dismissals.penalty(SuggestionKind.MENTORING, "mentoring")));
        }
        return found;
    }

    private List<Suggestion> sessionSuggestions(Signals signals, Dismissals dismissals) {
        Instant now = clock.instant();
        List<Suggestion> found = new ArrayList<>();
        for (Session session : sessions.upcoming()) {
            String key = session.seriesKey() != null
                    ? "series-" + session.seriesKey()
                    : Long.toString(session.id().value());
            if (session.past(now)
                    || dismissals.hides(SuggestionKind.SESSION, key)
                    || found.stream().anyMatch(s -> s.itemKey().equals(key))) {
                continue;
            }
            Score score = new Score();
            if (signals.goals().contains(Goal.FIND_WORK)) {
                score.add(2, Reason.Kind.GOAL, Goal.FIND_WORK.name());
            } else if (signals.topics().contains(Topic.WORK)) {
                score.add(2, Reason.Kind.TOPIC, Topic.WORK.name());
            }
            if (signals.area() != null && signals.area().equals(session.area())) {
                score.add(2, Reason.Kind.AREA, signals.area());
            }
            score.day(LocalDateTime.ofInstant(session.startsAt(), Formats.MUNICIPALITY_ZONE), signals, false);
            found.add(score.toSuggestion(
                    SuggestionKind.SESSION,
                    key,
                    session.theme(),
                    "employer-sessions/" + session.id().value(),
                    session.startsAt(),
                    dismissals.penalty(SuggestionKind.SESSION, "sessions")));
        }
        return found;
    }

    private List<Suggestion> internshipSuggestions(Signals signals, Dismissals dismissals) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE);
        List<Suggestion> found = new ArrayList<>();
        for (Posting posting : postings.browse(new PostingFilter(null, null, null, today, PostingKind.INTERNSHIP))) {
            String key = Long.toString(posting.id().value());
            if (dismissals.hides(SuggestionKind.INTERNSHIP, key)) {
                continue;
            }
            Score score = new Score();
            if (signals.occupations().stream().anyMatch(o -> Occupations.sameGroup(o, posting.occupation()))) {
                score.add(3, Reason.Kind.OCCUPATION, posting.occupation());
            } else if (signals.goals().contains(Goal.FIND_WORK)) {
                score.add(1, Reason.Kind.GOAL, Goal.FIND_WORK.name());
            }
            if (signals.area() != null && signals.area().equals(posting.area())) {
                score.add(2, Reason.Kind.AREA, signals.area());
            }
            // "not interested" in one post ranks the others of its occupational group lower, as before
            String likeness = "occupation:" + Occupations.group(posting.occupation());
            found.add(score.toSuggestion(
                    SuggestionKind.INTERNSHIP,
                    key,
                    posting.title(),
                    "jobs/" + posting.id().value(),
                    null,
                    dismissals.penalty(SuggestionKind.INTERNSHIP, likeness)));
        }
        return found;
    }

    /** What makes two suggestions alike, for ranking down after "not interested". */
    private String likeness(Suggestion suggestion) {
        return switch (suggestion.kind()) {
            case EVENT ->
                events.event(new se.brobygge.events.EventId(
                                Long.parseLong(suggestion.link().substring("events/".length()))))
                        .map(e -> "category:" + e.category())
                        .orElse("event");
            case ASSOCIATION ->
                associations
                        .find(new se.brobygge.associations.AssociationId(Long.parseLong(suggestion.itemKey())))
                        .map(a -> "type:" + a.type())
                        .orElse("association");
            case MENTORING -> "mentoring";
            case SESSION -> "sessions";
            case INTERNSHIP ->
                postings.posting(new se.brobygge.employers.PostingId(Long.parseLong(suggestion.itemKey())))
                        .map(p -> "occupation:" + Occupations.group(p.occupation()))
                        .orElse("internship");
        };
    }

    private static List<Suggestion> best(List<Suggestion> all, SuggestionKind kind) {
        return all.stream()
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingInt(Suggestion::score)
                        .reversed()
                        .thenComparing(s -> s.startsAt() == null ? Instant.MAX : s.startsAt())
                        .thenComparing(Suggestion::title))
                .limit(LIMITS.get(kind))
                .toList();
    }

    private Answers answersOf(AccountId account) {
        return jdbc.sql("SELECT goals, topics, availability FROM insights_foryou_answer WHERE account_id = :id")
                .param("id", account.value())
                .query((rs, row) -> new Answers(
                        parse(rs.getString(1), Goal.class),
                        parse(rs.getString(2), Topic.class),
                        parse(rs.getString(3), Availability.class)))
                .optional()
                .orElse(Answers.none());
    }

    private Dismissals dismissalsOf(AccountId account) {
        Set<String> items = new HashSet<>();
        Map<String, Integer> alike = new HashMap<>();
        jdbc.sql("SELECT kind, item_key, likeness FROM insights_foryou_dismissal WHERE account_id = :id")
                .param("id", account.value())
                .query(rs -> {
                    items.add(rs.getString(1) + ":" + rs.getString(2));
                    alike.merge(rs.getString(1) + ":" + rs.getString(3), 1, Integer::sum);
                });
        return new Dismissals(items, alike);
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(@Nullable String stored, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (stored != null) {
            for (String name : stored.split(",")) {
                Arrays.stream(type.getEnumConstants())
                        .filter(e -> e.name().equals(name.strip()))
                        .forEach(result::add);
            }
        }
        return result;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
