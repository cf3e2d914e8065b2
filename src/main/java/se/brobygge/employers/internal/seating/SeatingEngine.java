package se.brobygge.employers.internal.seating;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.SeatingRule;

/**
 * Seats people at tables with Timefold. One solver factory for the application (building it
 * compiles the constraints); each plan gets its own solver, so plans for two sessions can be made at
 * the same time. Pure: no database, no Spring; the service gives it guests and stores the result.
 */
public final class SeatingEngine {

    /**
     * What to seat. {@code locked} maps people at locked tables to their table number;
     * {@code seriesLength} is the number of sessions in the session's series (0 when it is not in
     * one): later sessions of a series should find new table-mates too.
     */
    public record Problem(
            List<Guest> guests,
            int tableSize,
            Map<Long, Integer> locked,
            Set<SeatingRule> relaxed,
            Duration timeLimit,
            int seriesLength) {

        public Problem {
            guests = List.copyOf(guests);
            locked = Map.copyOf(locked);
            relaxed = relaxed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(relaxed));
        }

        public Problem(
                List<Guest> guests,
                int tableSize,
                Map<Long, Integer> locked,
                Set<SeatingRule> relaxed,
                Duration timeLimit) {
            this(guests, tableSize, locked, relaxed, timeLimit, 0);
        }

        public int tableCount() {
            return Math.max(1, (guests.size() + tableSize - 1) / tableSize);
        }
    }

    /** A hard rule the plan could not keep, and at which tables (numbered from 1). */
    public record RuleBreak(SeatingRule rule, List<Integer> tables) {}

    /** How far the solver has come; reported each time it finds a better plan. */
    public record Progress(long elapsedMillis, int hardBreaks, int repeatPairs, boolean feasible) {}

    /**
     * The plan: table number (from 1) per account; the rules it breaks; how many pairs sat together
     * before; when the first plan without hard breaks was found (or -1).
     */
    public record Result(
            Map<Long, Integer> tableOf,
            List<RuleBreak> breaks,
            int repeatPairs,
            int pairsAtTables,
            long elapsedMillis,
            long feasibleAfterMillis) {

        public boolean feasible() {
            return breaks.isEmpty();
        }
    }

    private final SolverFactory<SeatingSolution> factory;

    public SeatingEngine() {
        this.factory = SolverFactory.create(new SolverConfig()
                .withSolutionClass(SeatingSolution.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(SeatingConstraints.class)
                // mostly swaps (tables are usually full, so moving one person breaks the size rule),
                // with late acceptance: it escapes this problem's plateaus better than the default
                // tabu search over change and swap moves (measured in SeatingBenchmark)
                .withPhases(
                        new ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig(),
                        new ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(
                                        new ai.timefold.solver.core.config.heuristic.selector.move.composite
                                                        .UnionMoveSelectorConfig()
                                                .withMoveSelectors(
                                                        new ai.timefold.solver.core.config.heuristic.selector.move
                                                                        .generic.SwapMoveSelectorConfig()
                                                                .withFixedProbabilityWeight(20.0),
                                                        new ai.timefold.solver.core.config.heuristic.selector.move
                                                                        .generic.ChangeMoveSelectorConfig()
                                                                .withFixedProbabilityWeight(1.0)))
                                .withLocalSearchType(
                                        ai.timefold.solver.core.config.localsearch.LocalSearchType.LATE_ACCEPTANCE))
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30))));
    }

    /**
     * Solves, calling {@code progress} from the solving thread whenever a better plan turns up. A
     * session of a series is first tried with the series design ({@link SeriesDesign}) when the design
     * has enough sessions that keep every hard rule for the whole series: when one of them repeats
     * nobody, that is the plan, and the series stays repeat-free for later sessions too. Otherwise the
     * solver plans, and the better of the two counts.
     */
    public Result solve(Problem problem, Consumer<Progress> progress) {
        long started = System.nanoTime();
        @Nullable
        Map<Long, Integer> designed =
                problem.seriesLength() > 1 && problem.locked().isEmpty() ? fromDesign(problem) : null;
        if (designed != null && repeatPairs(problem.guests(), designed) == 0) {
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            progress.accept(new Progress(elapsed, 0, 0, true));
            return new Result(designed, List.of(), 0, pairs(designed), elapsed, elapsed);
        }
        Result solved = solveWithSolver(problem, progress, started);
        if (designed != null
                && (!solved.feasible() || repeatPairs(problem.guests(), designed) < solved.repeatPairs())) {
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            return new Result(
                    designed,
                    List.of(),
                    repeatPairs(problem.guests(), designed),
                    pairs(designed),
                    elapsed,
                    solved.feasible() ? solved.feasibleAfterMillis() : elapsed);
        }
        return solved;
    }

    /**
     * The series design's session that keeps every hard rule with the fewest repeats (then the most
     * wishes met), or null when there is no design for these numbers or fewer of its sessions keep
     * every hard rule than the series has sessions (the design could not carry the series, and a
     * start with it would leave the solver worse placed later, e.g. when languages split the room).
     */
    static @Nullable Map<Long, Integer> fromDesign(Problem problem) {
        SeriesDesign design =
                SeriesDesign.of(problem.guests(), problem.tableCount()).orElse(null);
        if (design == null) {
            return null;
        }
        List<Map<Long, Integer>> keepingRules = new ArrayList<>();
        for (int mu = 0; mu < design.sessions(); mu++) {
            Map<Long, Integer> plan = design.plan(mu);
            if (check(problem, plan).isEmpty()) {
                keepingRules.add(plan);
            }
        }
        if (keepingRules.size() < problem.seriesLength()) {
            return null;
        }
        Map<Long, Integer> best = null;
        int bestRepeats = Integer.MAX_VALUE;
        int bestAffinity = Integer.MIN_VALUE;
        for (Map<Long, Integer> plan : keepingRules) {
            int repeats = repeatPairs(problem.guests(), plan);
            int affinity = affinity(problem.guests(), plan);
            if (repeats < bestRepeats || repeats == bestRepeats && affinity > bestAffinity) {
                best = plan;
                bestRepeats = repeats;
                bestAffinity = affinity;
            }
        }
        return best;
    }

    private static int affinity(List<Guest> guests, Map<Long, Integer> tableOf) {
        int sum = 0;
        for (List<Guest> table : byTable(guests, tableOf).values()) {
            for (int i = 0; i < table.size(); i++) {
                for (int j = i + 1; j < table.size(); j++) {
                    sum += table.get(i).affinityWith(table.get(j));
                }
            }
        }
        return sum;
    }

    private Result solveWithSolver(Problem problem, Consumer<Progress> progress, long started) {
        int tableCount = problem.tableCount();
        long companies = problem.guests().stream()
                .filter(g -> g.role() == ParticipantRole.COMPANY)
                .count();
        long newcomers = problem.guests().stream()
                .filter(g -> g.role() == ParticipantRole.NEWCOMER)
                .count();
        boolean needCompany =
                companies >= tableCount && !problem.relaxed().contains(SeatingRule.COMPANY_AT_EVERY_TABLE);
        boolean needNewcomer =
                newcomers >= tableCount && !problem.relaxed().contains(SeatingRule.NEWCOMER_AT_EVERY_TABLE);
        boolean languageHard = !problem.relaxed().contains(SeatingRule.SHARED_LANGUAGE);
        Set<Integer> lockedTables = Set.copyOf(problem.locked().values());
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= tableCount; i++) {
            boolean locked = lockedTables.contains(i);
            tables.add(new Table(
                    i, problem.tableSize(), needCompany && !locked, needNewcomer && !locked, languageHard, locked));
        }
        List<Seat> seats = new ArrayList<>();
        for (Guest guest : problem.guests()) {
            Integer lockedAt = problem.locked().get(guest.accountId());
            Table table = lockedAt == null || lockedAt < 1 || lockedAt > tableCount ? null : tables.get(lockedAt - 1);
            seats.add(new Seat(guest, table, table != null));
        }
        long[] feasibleAt = {-1};
        Solver<SeatingSolution> solver =
                factory.buildSolver(new ai.timefold.solver.core.api.solver.SolverConfigOverride()
                        .withTerminationConfig(new TerminationConfig()
                                .withSpentLimit(
                                        problem.timeLimit().multipliedBy(2).dividedBy(5))
                                .withUnimprovedSpentLimit(Duration.ofMillis(
                                        Math.max(300, problem.timeLimit().toMillis() / 5)))));
        solver.addEventListener(event -> {
            HardMediumSoftScore score = event.getNewBestSolution().getScore();
            if (score == null) {
                return;
            }
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            boolean feasible = score.hardScore() == 0;
            if (feasible && feasibleAt[0] < 0) {
                feasibleAt[0] = elapsed;
            }
            progress.accept(new Progress(elapsed, (int) -score.hardScore(), (int) -score.mediumScore(), feasible));
        });
        SeatingSolution best = solver.solve(new SeatingSolution(tables, seats));
        Map<Long, Integer> tableOf = new LinkedHashMap<>();
        for (Seat seat : best.getSeats()) {
            tableOf.put(
                    seat.getGuest().accountId(),
                    seat.getTable() == null ? 1 : seat.getTable().number());
        }
        List<RuleBreak> breaks = check(problem, tableOf);
        if (breaks.isEmpty() && repeatPairs(problem.guests(), tableOf) > 0) {
            // the solver's swaps stall on plateaus of repeats; a search aimed at them alone uses the rest of the time
            Map<Long, Integer> repaired = RepeatRepair.repair(
                    problem.guests(),
                    tableOf,
                    problem.locked().keySet(),
                    lockedTables,
                    needCompany,
                    needNewcomer,
                    languageHard,
                    started + Math.max(problem.timeLimit().toNanos(), 200_000_000L));
            if (repaired != tableOf) {
                tableOf = repaired;
                progress.accept(new Progress(
                        (System.nanoTime() - started) / 1_000_000, 0, repeatPairs(problem.guests(), tableOf), true));
            }
        }
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (breaks.isEmpty() && feasibleAt[0] < 0) {
            feasibleAt[0] = elapsed;
        }
        return new Result(
                tableOf, breaks, repeatPairs(problem.guests(), tableOf), pairs(tableOf), elapsed, feasibleAt[0]);
    }

    /**
     * The hard rules a plan breaks, checked without the solver (also for plans changed by hand).
     * Relaxed rules are not reported.
     */
    public static List<RuleBreak> check(Problem problem, Map<Long, Integer> tableOf) {
        int tableCount = Math.max(
                problem.tableCount(),
                tableOf.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        Map<Integer, List<Guest>> atTable = byTable(problem.guests(), tableOf);
        long companies = problem.guests().stream()
                .filter(g -> g.role() == ParticipantRole.COMPANY)
                .count();
        long newcomers = problem.guests().stream()
                .filter(g -> g.role() == ParticipantRole.NEWCOMER)
                .count();
        Map<SeatingRule, List<Integer>> broken = new TreeMap<>();
        for (int t = 1; t <= tableCount; t++) {
            List<Guest> guests = atTable.getOrDefault(t, List.of());
            if (guests.isEmpty()) {
                continue;
            }
            if (guests.size() > problem.tableSize()) {
                broken.computeIfAbsent(SeatingRule.TABLE_SIZE, r -> new ArrayList<>())
                        .add(t);
            }
            if (companies >= tableCount
                    && !problem.relaxed().contains(SeatingRule.COMPANY_AT_EVERY_TABLE)
                    && guests.stream().noneMatch(g -> g.role() == ParticipantRole.COMPANY)) {
                broken.computeIfAbsent(SeatingRule.COMPANY_AT_EVERY_TABLE, r -> new ArrayList<>())
                        .add(t);
            }
            if (newcomers >= tableCount
                    && !problem.relaxed().contains(SeatingRule.NEWCOMER_AT_EVERY_TABLE)
                    && guests.stream().noneMatch(g -> g.role() == ParticipantRole.NEWCOMER)) {
                broken.computeIfAbsent(SeatingRule.NEWCOMER_AT_EVERY_TABLE, r -> new ArrayList<>())
                        .add(t);
            }
            if (!problem.relaxed().contains(SeatingRule.SHARED_LANGUAGE)
                    && SeatingConstraints.withoutSharedLanguage(guests) > 0) {
                broken.computeIfAbsent(SeatingRule.SHARED_LANGUAGE, r -> new ArrayList<>())
                        .add(t);
            }
        }
        return broken.entrySet().stream()
                .map(e -> new RuleBreak(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The languages everyone at the table speaks. */
    public static List<String> sharedLanguages(List<Guest> guests) {
        return SeatingConstraints.sharedLanguages(guests);
    }

    public static int repeatPairs(List<Guest> guests, Map<Long, Integer> tableOf) {
        int repeats = 0;
        for (List<Guest> table : byTable(guests, tableOf).values()) {
            for (int i = 0; i < table.size(); i++) {
                for (int j = i + 1; j < table.size(); j++) {
                    if (table.get(i).met(table.get(j))) {
                        repeats++;
                    }
                }
            }
        }
        return repeats;
    }

    static int pairs(Map<Long, Integer> tableOf) {
        Map<Integer, Integer> sizes = new TreeMap<>();
        tableOf.values().forEach(t -> sizes.merge(t, 1, Integer::sum));
        return sizes.values().stream().mapToInt(n -> n * (n - 1) / 2).sum();
    }

    static Map<Integer, List<Guest>> byTable(List<Guest> guests, Map<Long, Integer> tableOf) {
        Map<Integer, List<Guest>> atTable = new TreeMap<>();
        for (Guest g : guests) {
            @Nullable Integer t = tableOf.get(g.accountId());
            if (t != null) {
                atTable.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
            }
        }
        return atTable;
    }
}
