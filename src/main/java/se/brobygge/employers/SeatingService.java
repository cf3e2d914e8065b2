package se.brobygge.employers;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.employers.internal.CardEntity;
import se.brobygge.employers.internal.CardRepository;
import se.brobygge.employers.internal.EmployerRepository;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.SeatingRunner;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.seating.Guest;
import se.brobygge.employers.internal.seating.SeatingEngine;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.shared.pdf.PdfDocument;

/**
 * Seating plans for staff: the solver seats the confirmed participants (in the background, with
 * progress), staff move and swap people and lock tables, and print table cards and the seating list.
 */
@Service
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
public class SeatingService {

    /** How long the solver may look for a better plan. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    /** A plan being made; {@link #cancel()} stops the solver, keeping nothing. */
    public interface Run {
        void cancel();
    }

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final CardRepository cards;
    private final EmployerRepository employers;
    private final Recipients recipients;
    private final SeatingRunner runner;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final se.brobygge.identity.CurrentUser currentUser;
    private final se.brobygge.shared.audit.AccessAudit audit;

    SeatingService(
            SessionRepository sessions,
            ParticipantRepository participants,
            CardRepository cards,
            EmployerRepository employers,
            Recipients recipients,
            SeatingRunner runner,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            se.brobygge.identity.CurrentUser currentUser,
            se.brobygge.shared.audit.AccessAudit audit) {
        this.currentUser = currentUser;
        this.audit = audit;
        this.sessions = sessions;
        this.participants = participants;
        this.cards = cards;
        this.employers = employers;
        this.recipients = recipients;
        this.runner = runner;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Starts making a plan with tables of {@code tableSize}; people at locked tables stay. Returns at
     * once; {@code progress} and then {@code done} are called from the solving thread (the plan is
     * saved before {@code done}).
     *
     * @throws InvalidInputException "tableSize" when the tables are larger than the number of participants
     */
    public Run start(
            SessionId id,
            int tableSize,
            Set<SeatingRule> relaxed,
            Consumer<SeatingProgress> progress,
            Consumer<SeatingPlan> done) {
        SeatingEngine.Problem problem = transactions.execute(tx -> problem(id, tableSize, relaxed, TIME_LIMIT));
        Future<?> future = runner.submit(() -> {
            SeatingEngine.Result result = runner.engine()
                    .solve(
                            problem,
                            p -> progress.accept(
                                    new SeatingProgress(p.elapsedMillis(), p.hardBreaks(), p.repeatPairs())));
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            transactions.executeWithoutResult(tx -> {
                SessionEntity session = sessions.lockById(id.value()).orElseThrow();
                session.tableSize(tableSize);
                for (ParticipantEntity p : participants.confirmedAt(id.value())) {
                    Integer table = result.tableOf().get(p.accountId());
                    if (table != null) {
                        p.seat(table);
                    }
                }
            });
            done.accept(transactions.execute(tx -> planOf(id, relaxed)));
        });
        return () -> future.cancel(true);
    }

    /** The current plan, and the hard rules it breaks (the relaxed ones not counted). */
    @Transactional(readOnly = true)
    public SeatingPlan plan(SessionId id, Set<SeatingRule> relaxed) {
        return planOf(id, relaxed);
    }

    /** Moves a person to a table by hand (from 1; one past the last makes a new table). */
    @Transactional
    public void move(SessionId id, long accountId, int table) {
        SessionEntity session = sessions.lockById(id.value()).orElseThrow();
        ParticipantEntity p = participants
                .find(id.value(), accountId)
                .filter(x -> x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow();
        int tables = participants.confirmedAt(id.value()).stream()
                .map(ParticipantEntity::tableNo)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        if (table < 1 || table > tables + 1) {
            throw new InvalidInputException("table", "employers.seating.noSuchTable");
        }
        if (locked(id).contains(table) || p.tableNo() != null && locked(id).contains(p.tableNo())) {
            throw new InvalidInputException("table", "employers.seating.tableLocked");
        }
        p.seat(table);
        session.tableSize(session.tableSize());
    }

    /** Swaps two people's tables by hand. */
    @Transactional
    public void swap(SessionId id, long accountA, long accountB) {
        sessions.lockById(id.value()).orElseThrow();
        ParticipantEntity a = participants.find(id.value(), accountA).orElseThrow();
        ParticipantEntity b = participants.find(id.value(), accountB).orElseThrow();
        Set<Integer> locked = locked(id);
        if (a.tableNo() != null && locked.contains(a.tableNo())
                || b.tableNo() != null && locked.contains(b.tableNo())) {
            throw new InvalidInputException("table", "employers.seating.tableLocked");
        }
        Integer t = a.tableNo();
        a.seat(b.tableNo());
        b.seat(t);
    }

    /** Locks or unlocks a table: a new plan keeps its people there and seats nobody else there. */
    @Transactional
    public void lock(SessionId id, int table, boolean locked) {
        sessions.lockById(id.value()).orElseThrow();
        jdbc.update("delete from employers_table_lock where session_id = ? and table_no = ?", id.value(), table);
        if (locked) {
            jdbc.update("insert into employers_table_lock (session_id, table_no) values (?, ?)", id.value(), table);
        }
    }

    /**
     * Table cards (one page per table, names and roles) and the seating list, as PDF. Labels come
     * from the caller's translations.
     */
    @Transactional
    public byte[] printout(SessionId id, Function<String, String> translate, Locale locale) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        audit.record(new se.brobygge.shared.audit.StaffAccess(
                currentUser.require().value(),
                se.brobygge.shared.audit.AccessKind.EXPORT,
                null,
                "employers:seating-pdf:" + id.value(),
                "/employer-sessions/" + id.value() + "/seating"));
        return printout(session.theme(), session.startsAt(), planOf(id, Set.of()), translate, locale);
    }

    /** One page per table (its number, then its people), then everyone in name order with their table. */
    static byte[] printout(
            String theme, java.time.Instant startsAt, SeatingPlan plan, Function<String, String> t, Locale locale) {
        List<String> headers = List.of(
                t.apply("employers.print.name"),
                t.apply("employers.print.role"),
                t.apply("employers.print.organisation"));
        PdfDocument pdf = new PdfDocument(locale.getLanguage(), theme);
        for (SeatingPlan.PlanTable table : plan.tables()) {
            pdf.heading(t.apply("employers.print.table").replace("{0}", Integer.toString(table.number())))
                    .table(headers, table.people().stream().map(p -> row(p, t)).toList())
                    .pageBreak();
        }
        List<String> listHeaders = new ArrayList<>(headers);
        listHeaders.add(t.apply("employers.print.tableColumn"));
        List<List<String>> rows = plan.tables().stream()
                .flatMap(table -> table.people().stream())
                .sorted(java.util.Comparator.comparing(
                        Participant::displayName, java.text.Collator.getInstance(locale)))
                .map(p -> {
                    List<String> row = new ArrayList<>(row(p, t));
                    row.add(p.table() == null ? "" : Integer.toString(p.table()));
                    return row;
                })
                .toList();
        return pdf.heading(t.apply("employers.print.list"))
                .paragraph(theme + ", " + Formats.dateTime(startsAt, locale))
                .table(listHeaders, rows)
                .toPdf();
    }

    private static List<String> row(Participant p, Function<String, String> t) {
        return List.of(
                p.displayName(),
                t.apply("employers.role." + p.role()),
                p.organisationName() == null ? "" : p.organisationName());
    }

    private Set<Integer> locked(SessionId id) {
        return new HashSet<>(jdbc.queryForList(
                "select table_no from employers_table_lock where session_id = ?", Integer.class, id.value()));
    }

    SeatingEngine.Problem problem(SessionId id, int tableSize, Set<SeatingRule> relaxed, Duration limit) {
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

    SeatingPlan planOf(SessionId id, Set<SeatingRule> relaxed) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        List<ParticipantEntity> seated = participants.confirmedAt(id.value());
        Map<AccountId, String> names = recipients.displayNames(
                seated.stream().map(p -> new AccountId(p.accountId())).toList());
        Map<Long, String> organisations = new HashMap<>();
        List<Long> employerIds = seated.stream()
                .map(ParticipantEntity::employerId)
                .filter(java.util.Objects::nonNull)
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
                    p.accountId(),
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
                                .map(p -> guestOf.get(p.accountId()))
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
