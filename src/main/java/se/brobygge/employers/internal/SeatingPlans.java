package se.brobygge.employers.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.Participant;
import se.brobygge.employers.SeatingPlan;
import se.brobygge.employers.SeatingRule;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.internal.seating.Guest;
import se.brobygge.employers.internal.seating.SeatingEngine;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.occupation.Occupations;

/**
 * What the seating solver works on and what it made: the guests of a session with their languages,
 * earlier tablemates and affinities; the locked tables; and the current plan with the rules it breaks.
 */
@Component
public class SeatingPlans {

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final CardRepository cards;
    private final EmployerRepository employers;
    private final Recipients recipients;
    private final JdbcTemplate jdbc;

    SeatingPlans(
            SessionRepository sessions,
            ParticipantRepository participants,
            CardRepository cards,
            EmployerRepository employers,
            Recipients recipients,
            JdbcTemplate jdbc) {
        this.sessions = sessions;
        this.participants = participants;
        this.cards = cards;
        this.employers = employers;
        this.recipients = recipients;
        this.jdbc = jdbc;
    }

    /** Locks or unlocks a table of the session. */
    public void lock(SessionId id, int table, boolean locked) {
        jdbc.update("delete from employers_table_lock where session_id = ? and table_no = ?", id.value(), table);
        if (locked) {
            jdbc.update("insert into employers_table_lock (session_id, table_no) values (?, ?)", id.value(), table);
        }
    }

    /** The session's locked tables. */
    public Set<Integer> locked(SessionId id) {
        return new HashSet<>(jdbc.queryForList(
                "select table_no from employers_table_lock where session_id = ?", Integer.class, id.value()));
    }

    public SeatingEngine.Problem problem(SessionId id, int tableSize, Set<SeatingRule> relaxed, Duration limit) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        List<ParticipantEntity> seated = participants.confirmedAt(id.value());
        if (seated.size() < 2) {
            throw new InvalidInputException("tableSize", "employers.seating.tooFew");
        }
        if (tableSize < 2 || tableSize > seated.size()) {
            throw new InvalidInputException("tableSize", "employers.seating.tableTooLarge");
        }
        List<Guest> guests = guests(session, seated);
        Set<Integer> lockedTables = locked(id);
        Map<Long, Integer> locked = new HashMap<>();
        seated.stream()
                .filter(p -> p.tableNo() != null && lockedTables.contains(p.tableNo()))
                .forEach(p -> locked.put(p.accountId(), p.tableNo()));
        return new SeatingEngine.Problem(
                guests,
                tableSize,
                locked,
                relaxed,
                limit,
                session.seriesKey() == null
                        ? 0
                        : sessions.series(session.seriesKey()).size());
    }

    /** Guests with their languages, who they sat with earlier in the series, and how well their offers meet wishes. */
    List<Guest> guests(SessionEntity session, List<ParticipantEntity> seated) {
        Map<Long, CardEntity> cardOf = new HashMap<>();
        cards.findAllOf(seated.stream().map(ParticipantEntity::accountId).toList())
                .forEach(c -> cardOf.put(c.accountId(), c));
        Map<Long, Set<Long>> met = new HashMap<>();
        if (session.seriesKey() != null) {
            List<Long> earlier = sessions.series(session.seriesKey()).stream()
                    .filter(s -> s.startsAt().isBefore(session.startsAt()))
                    .map(s -> s.id().value())
                    .toList();
            if (!earlier.isEmpty()) {
                Map<String, List<Long>> tables = new HashMap<>();
                participants.confirmedAtAny(earlier).stream()
                        .filter(p -> p.tableNo() != null)
                        .forEach(p -> tables.computeIfAbsent(p.sessionId() + ":" + p.tableNo(), k -> new ArrayList<>())
                                .add(p.accountId()));
                for (List<Long> table : tables.values()) {
                    for (Long a : table) {
                        for (Long b : table) {
                            if (!a.equals(b)) {
                                met.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                            }
                        }
                    }
                }
            }
        }
        Map<AccountId, String> names = recipients.displayNames(
                seated.stream().map(p -> new AccountId(p.accountId())).toList());
        List<Guest> guests = new ArrayList<>();
        for (ParticipantEntity p : seated) {
            CardEntity card = cardOf.get(p.accountId());
            Map<Long, Integer> affinity = new HashMap<>();
            if (card != null) {
                for (ParticipantEntity other : seated) {
                    CardEntity theirs = cardOf.get(other.accountId());
                    if (theirs != null && other.accountId() != p.accountId()) {
                        int score = affinity(card, theirs);
                        if (score > 0) {
                            affinity.put(other.accountId(), score);
                        }
                    }
                }
            }
            // without a card, Swedish is assumed: the sessions are held in Swedish
            Set<String> languages = card == null || card.languages().isEmpty() ? Set.of("sv") : card.languages();
            guests.add(new Guest(
                    p.accountId(),
                    names.getOrDefault(new AccountId(p.accountId()), "?"),
                    p.role(),
                    languages,
                    met.getOrDefault(p.accountId(), Set.of()),
                    affinity));
        }
        return guests;
    }

    /** How well what {@code mine} seeks meets what {@code theirs} offers: same occupation, shared words. */
    static int affinity(CardEntity mine, CardEntity theirs) {
        int score = 0;
        if (Occupations.sameGroup(mine.occupation(), theirs.occupation())) {
            score++;
        }
        Set<String> wanted = words(mine.seeks());
        wanted.retainAll(words(theirs.offers()));
        if (!wanted.isEmpty()) {
            score++;
        }
        return score;
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4)
                .forEach(words::add);
        return words;
    }

    public SeatingPlan planOf(SessionId id, Set<SeatingRule> relaxed) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        List<ParticipantEntity> seated = participants.confirmedAt(id.value());
        Map<AccountId, String> names = recipients.displayNames(
                seated.stream().map(p -> new AccountId(p.accountId())).toList());
        Map<Long, String> organisations = new HashMap<>();
        List<Long> employerIds = seated.stream()
                .map(ParticipantEntity::employerId)
                .filter(Objects::nonNull)
                .toList();
        if (!employerIds.isEmpty()) {
            employers.findAllByIds(employerIds).forEach(e -> organisations.put(e.id().value(), e.name()));
        }
        Set<Integer> lockedTables = locked(id);
        Map<Integer, List<Participant>> byTable = new TreeMap<>();
        List<Participant> unseated = new ArrayList<>();
        Map<Long, Integer> tableOf = new HashMap<>();
        for (ParticipantEntity p : seated) {
            Participant participant = new Participant(
                    new AccountId(p.accountId()),
                    names.getOrDefault(new AccountId(p.accountId()), "?"),
                    p.role(),
                    p.employerId() == null ? null : new EmployerId(p.employerId()),
                    p.employerId() == null ? null : organisations.get(p.employerId()),
                    p.status(),
                    p.tableNo());
            if (p.tableNo() == null) {
                unseated.add(participant);
            } else {
                byTable.computeIfAbsent(p.tableNo(), k -> new ArrayList<>()).add(participant);
                tableOf.put(p.accountId(), p.tableNo());
            }
        }
        if (byTable.isEmpty()) {
            return new SeatingPlan(id, session.tableSize(), List.of(), unseated, List.of(), 0);
        }
        List<Guest> guests = guests(session, seated);
        Map<Long, Guest> guestOf = new HashMap<>();
        guests.forEach(g -> guestOf.put(g.accountId(), g));
        List<SeatingPlan.PlanTable> tables = byTable.entrySet().stream()
                .map(e -> new SeatingPlan.PlanTable(
                        e.getKey(),
                        lockedTables.contains(e.getKey()),
                        e.getValue(),
                        SeatingEngine.sharedLanguages(e.getValue().stream()
                                .map(p -> guestOf.get(p.accountId().value()))
                                .toList())))
                .toList();
        SeatingEngine.Problem problem =
                new SeatingEngine.Problem(guests, session.tableSize(), Map.of(), relaxed, Duration.ZERO);
        List<SeatingPlan.RuleBreak> breaks = SeatingEngine.check(problem, tableOf).stream()
                .map(b -> new SeatingPlan.RuleBreak(b.rule(), b.tables()))
                .toList();
        return new SeatingPlan(
                id, session.tableSize(), tables, unseated, breaks, SeatingEngine.repeatPairs(guests, tableOf));
    }
}
