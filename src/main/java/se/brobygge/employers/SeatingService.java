package se.brobygge.employers;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.employers.internal.ParticipantEntity;
import se.brobygge.employers.internal.ParticipantRepository;
import se.brobygge.employers.internal.SeatingPlans;
import se.brobygge.employers.internal.SeatingPrintout;
import se.brobygge.employers.internal.SeatingRunner;
import se.brobygge.employers.internal.SessionEntity;
import se.brobygge.employers.internal.SessionRepository;
import se.brobygge.employers.internal.seating.SeatingEngine;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;

/**
 * Seating plans for staff: the solver seats the confirmed participants (in the background, with
 * progress), staff move and swap people and lock tables, and print table cards and the seating list.
 */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class SeatingService {

    /** How long the solver may look for a better plan. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);

    /** A plan being made; {@link #cancel()} stops the solver, keeping nothing. */
    public interface Run {
        void cancel();
    }

    private final SessionRepository sessions;
    private final ParticipantRepository participants;
    private final SeatingPlans plans;
    private final SeatingRunner runner;
    private final TransactionTemplate transactions;
    private final CurrentUser currentUser;
    private final AccessAudit audit;

    SeatingService(
            SessionRepository sessions,
            ParticipantRepository participants,
            SeatingPlans plans,
            SeatingRunner runner,
            PlatformTransactionManager transactionManager,
            CurrentUser currentUser,
            AccessAudit audit) {
        this.sessions = sessions;
        this.participants = participants;
        this.plans = plans;
        this.runner = runner;
        this.transactions = new TransactionTemplate(transactionManager);
        this.currentUser = currentUser;
        this.audit = audit;
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
        SeatingEngine.Problem problem = transactions.execute(tx -> plans.problem(id, tableSize, relaxed, TIME_LIMIT));
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
                session.seatAtTablesOf(tableSize);
                for (ParticipantEntity p : participants.confirmedAt(id.value())) {
                    Integer table = result.tableOf().get(p.accountId());
                    if (table != null) {
                        p.seat(table);
                    }
                }
            });
            done.accept(transactions.execute(tx -> plans.planOf(id, relaxed)));
        });
        return () -> future.cancel(true);
    }

    /** The current plan, and the hard rules it breaks (the relaxed ones not counted). */
    @Transactional(readOnly = true)
    public SeatingPlan plan(SessionId id, Set<SeatingRule> relaxed) {
        return plans.planOf(id, relaxed);
    }

    /** Moves a person to a table by hand (from 1; one past the last makes a new table). */
    @Transactional
    public void move(SessionId id, AccountId accountId, int table) {
        sessions.lockById(id.value()).orElseThrow();
        ParticipantEntity p = participants
                .find(id.value(), accountId.value())
                .filter(x -> x.status() == RegistrationStatus.CONFIRMED)
                .orElseThrow();
        int tables = participants.confirmedAt(id.value()).stream()
                .map(ParticipantEntity::tableNo)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        if (table < 1 || table > tables + 1) {
            throw new InvalidInputException("table", "employers.seating.noSuchTable");
        }
        Set<Integer> locked = plans.locked(id);
        if (locked.contains(table) || p.tableNo() != null && locked.contains(p.tableNo())) {
            throw new InvalidInputException("table", "employers.seating.tableLocked");
        }
        p.seat(table);
    }

    /** Swaps two people's tables by hand. */
    @Transactional
    public void swap(SessionId id, AccountId accountA, AccountId accountB) {
        sessions.lockById(id.value()).orElseThrow();
        ParticipantEntity a = participants.find(id.value(), accountA.value()).orElseThrow();
        ParticipantEntity b = participants.find(id.value(), accountB.value()).orElseThrow();
        Set<Integer> locked = plans.locked(id);
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
        plans.lock(id, table, locked);
    }

    /**
     * Table cards (one page per table, names and roles) and the seating list, as PDF. Labels come
     * from the caller's translations.
     */
    @Transactional
    public byte[] printout(SessionId id, Function<String, String> translate, Locale locale) {
        SessionEntity session = sessions.findById(id.value()).orElseThrow();
        audit.record(new StaffAccess(
                currentUser.require().value(),
                AccessKind.EXPORT,
                null,
                "employers:seating-pdf:" + id.value(),
                "/employer-sessions/" + id.value() + "/seating"));
        return SeatingPrintout.pdf(session.theme(), session.startsAt(), plans.planOf(id, Set.of()), translate, locale);
    }
}
