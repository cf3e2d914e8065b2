package se.brobygge.insights.foryou;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingFilter;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.occupation.Occupations;

/** Suggested steps towards work: mentoring (as mentee or mentor), employer sessions and internships. */
@Component
class WorkSuggestions {

    private final SessionService sessions;
    private final PostingService postings;
    private final Clock clock;

    WorkSuggestions(SessionService sessions, PostingService postings, Clock clock) {
        this.sessions = sessions;
        this.postings = postings;
        this.clock = clock;
    }

    List<Suggestion> mentoringSuggestions(Signals signals, Dismissals dismissals) {
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

    List<Suggestion> sessionSuggestions(Signals signals, Dismissals dismissals) {
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

    List<Suggestion> internshipSuggestions(Signals signals, Dismissals dismissals) {
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
}
