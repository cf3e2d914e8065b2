package se.brobygge.insights.foryou;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
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

    private final ForYouStore store;
    private final SignalSources sources;
    private final ActivitySuggestions activities;
    private final WorkSuggestions work;
    private final CurrentUser currentUser;
    private final EventService events;
    private final AssociationService associations;
    private final PostingService postings;

    ForYouService(
            ForYouStore store,
            SignalSources sources,
            ActivitySuggestions activities,
            WorkSuggestions work,
            CurrentUser currentUser,
            EventService events,
            AssociationService associations,
            PostingService postings) {
        this.store = store;
        this.sources = sources;
        this.activities = activities;
        this.work = work;
        this.currentUser = currentUser;
        this.events = events;
        this.associations = associations;
        this.postings = postings;
    }

    @Transactional(readOnly = true)
    public Answers myAnswers() {
        return store.answersOf(currentUser.require());
    }

    /** Saves my answers to the three questions (any of them may be left empty). */
    @Transactional
    public void saveMyAnswers(Answers answers) {
        store.saveAnswers(currentUser.require(), answers);
    }

    /**
     * "Not interested": the item no longer shows, and items alike (the same event category or
     * series, association type, occupation) rank lower from now on.
     */
    @Transactional
    public void notInterested(Suggestion suggestion) {
        store.dismiss(currentUser.require(), suggestion, likeness(suggestion));
    }

    /** Shows everything I said "not interested" to again. */
    @Transactional
    public void forgetNotInterested() {
        store.forgetDismissals(currentUser.require());
    }

    /** My suggestions, or an empty profile when I have told too little for any. */
    public ForYou forMe() {
        AccountId me = currentUser.require();
        Answers answers = store.answersOf(me);
        Signals signals = sources.signals(answers);
        if (signals.isEmpty()) {
            return new ForYou(true, answers, List.of());
        }
        Dismissals dismissals = store.dismissalsOf(me);
        List<Suggestion> found = new ArrayList<>();
        found.addAll(best(activities.eventSuggestions(signals, dismissals), SuggestionKind.EVENT));
        found.addAll(best(activities.associationSuggestions(signals, dismissals), SuggestionKind.ASSOCIATION));
        found.addAll(best(work.mentoringSuggestions(signals, dismissals), SuggestionKind.MENTORING));
        found.addAll(best(work.sessionSuggestions(signals, dismissals), SuggestionKind.SESSION));
        found.addAll(best(work.internshipSuggestions(signals, dismissals), SuggestionKind.INTERNSHIP));
        return new ForYou(false, answers, found);
    }

    /** What makes two suggestions alike, for ranking down after "not interested". */
    private String likeness(Suggestion suggestion) {
        return switch (suggestion.kind()) {
            case EVENT ->
                events.event(new EventId(Long.parseLong(suggestion.link().substring("events/".length()))))
                        .map(e -> "category:" + e.category())
                        .orElse("event");
            case ASSOCIATION ->
                associations
                        .find(new AssociationId(Long.parseLong(suggestion.itemKey())))
                        .map(a -> "type:" + a.type())
                        .orElse("association");
            case MENTORING -> "mentoring";
            case SESSION -> "sessions";
            case INTERNSHIP ->
                postings.posting(new PostingId(Long.parseLong(suggestion.itemKey())))
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
                .limit(Objects.requireNonNull(LIMITS.get(kind), "LIMITS has every kind"))
                .toList();
    }
}
