package se.brobygge.mentoring.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The globally optimal assignment of mentees to mentors: the largest total score such that every
 * mentee has at most one mentor, every mentor at most their capacity, and only possible pairs (see
 * {@link Scoring}) are used. Solved as a min-cost flow with Google OR-Tools
 * (docs/decisions/0017-matching-solver.md): each mentee supplies 1, mentee → mentor (cost −score)
 * → sink (capacity), plus mentee → sink at cost 0 for whoever stays unmatched.
 * <p>
 * The flow gets each mentee's best {@code candidatesPerMentee} mentors rather than every pair; with
 * {@link Options#exact()} it gets every possible pair and the result is the exact optimum.
 */
public final class MatchingEngine {

    /** A mentee–mentor pair by account id. */
    public record Pair(long menteeId, long mentorId) {}

    /**
     * @param candidatesPerMentee how many of each mentee's best mentors the flow considers; 0 = all
     * @param excluded pairs staff ruled out
     * @param locked pairs staff fixed: kept whatever the optimum says (if still possible)
     */
    public record Options(int candidatesPerMentee, Set<Pair> excluded, Set<Pair> locked) {

        public Options {
            excluded = Set.copyOf(excluded);
            locked = Set.copyOf(locked);
        }

        public static Options defaults() {
            return new Options(DEFAULT_CANDIDATES, Set.of(), Set.of());
        }

        public static Options exact() {
            return new Options(0, Set.of(), Set.of());
        }
    }

    public record Match(long menteeId, long mentorId, int score, boolean locked) {}

    public record Unmatched(long accountId, boolean mentee, UnmatchedReason reason) {}

    /**
     * For the benchmark: {@code flowCpuNanos} is the CPU time of the (single-threaded) min-cost flow;
     * {@code candidatesNanos}, {@code flowNanos} and {@code restNanos} split the wall time into
     * scoring and choosing the candidates, the flow, and what is left after it (waiting for the
     * reasons for whoever stays unmatched, which are worked out during the flow; the result).
     */
    public record Result(
            List<Match> matches,
            List<Unmatched> unmatched,
            long totalScore,
            int candidatePairs,
            long flowCpuNanos,
            long candidatesNanos,
            long flowNanos,
            long restNanos) {}

    /** Enough that capacity conflicts almost never push a mentee past their list (see the benchmark). */
    public static final int DEFAULT_CANDIDATES = 24;

    private static volatile boolean loaded;
    /** A row of scores, its histogram and room for partial sums per worker thread, reused across mentees. */
    private static final ThreadLocal<Rows> ROWS = ThreadLocal.withInitial(() -> new Rows(0));

    private record Rows(int[] row, int[] scratch, int[] histogram) {
        Rows(int m) {
            this(new int[m], new int[m], new int[RowScorer.MAX_SCORE + 2]);
        }
    }

    private static final int[] NONE = new int[0];

    private MatchingEngine() {}

    /** Loads OR-Tools' native library once per JVM. */
    public static void loadNativeLibrary() {
        if (!loaded) {
            synchronized (MatchingEngine.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }

    public static Result solve(Population p, Options options) {
        loadNativeLibrary();
        long started = System.nanoTime();
        int n = p.menteeCount();
        int m = p.mentorCount();
        Map<Long, Integer> menteeIndex = index(p.mentees);
        Map<Long, Integer> mentorIndex = index(p.mentors);
        Map<Integer, List<Integer>> excludedByMentee = new HashMap<>();
        for (Pair pair : options.excluded()) {
            Integer i = menteeIndex.get(pair.menteeId());
            Integer j = mentorIndex.get(pair.mentorId());
            if (i != null && j != null) {
                excludedByMentee.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
            }
        }
        int[][] excluded = new int[n][];
        Arrays.fill(excluded, NONE);
        excludedByMentee.forEach((i, mentors) ->
                excluded[i] = mentors.stream().mapToInt(Integer::intValue).toArray());
        int[] capacity = Arrays.copyOf(p.mentorSide.capacity, m);
        int[] lockedTo = new int[n];
        Arrays.fill(lockedTo, -1);
        List<Match> matches = new ArrayList<>();
        long total = 0;
        for (Pair pair : options.locked()) {
            Integer i = menteeIndex.get(pair.menteeId());
            Integer j = mentorIndex.get(pair.mentorId());
            if (i == null || j == null || lockedTo[i] >= 0 || capacity[j] <= 0) {
                continue;
            }
            int score = Scoring.score(p, i, j);
            if (score < 0) {
                continue;
            }
            lockedTo[i] = j;
            capacity[j]--;
            matches.add(new Match(pair.menteeId(), pair.mentorId(), score, true));
            total += score;
        }
        int[] full = IntStream.range(0, m).filter(j -> capacity[j] <= 0).toArray();

        int k = options.candidatesPerMentee() <= 0 ? m : Math.min(options.candidatesPerMentee(), m);
        RowScorer scorer = new RowScorer(p);
        int[][] candidates = new int[n][];
        int[][] scores = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (lockedTo[i] >= 0) {
                candidates[i] = NONE;
                scores[i] = NONE;
                return;
            }
            Rows rows = ROWS.get();
            if (rows.row.length != m) {
                rows = new Rows(m);
                ROWS.set(rows);
            }
            int[] row = rows.row;
            int[] histogram = rows.histogram;
            scorer.row(i, row, rows.scratch, histogram);
            for (int j : full) {
                histogram[row[j] + 1]--;
                histogram[0]++;
                row[j] = RowScorer.RULED_OUT;
            }
            for (int j : excluded[i]) {
                histogram[row[j] + 1]--;
                histogram[0]++;
                row[j] = RowScorer.RULED_OUT;
            }
            best(row, histogram, k, i, candidates, scores);
        });
        long selected = System.nanoTime();

        int pairs = Arrays.stream(candidates).mapToInt(c -> c.length).sum();
        boolean[] mentorFitsSomeone = new boolean[m];
        for (int i = 0; i < n; i++) {
            for (int j : candidates[i]) {
                mentorFitsSomeone[j] = true;
            }
        }
        // Why people outside the flow get no one does not depend on the flow: worked out on the
        // other cores while this thread runs the (single-threaded) flow.
        @Nullable UnmatchedReason[] menteeReason = new UnmatchedReason[n];
        @Nullable UnmatchedReason[] mentorReason = new UnmatchedReason[m];
        ForkJoinTask<?> reasons = ForkJoinPool.commonPool().submit(() -> {
            IntStream.range(0, n).parallel().forEach(i -> {
                if (lockedTo[i] < 0 && candidates[i].length == 0) {
                    menteeReason[i] = menteeReason(scorer, i, m, capacity, excluded[i]);
                }
            });
            IntStream.range(0, m).parallel().forEach(j -> {
                if (!mentorFitsSomeone[j]) {
                    mentorReason[j] = mentorReason(scorer, j, n, capacity[j]);
                }
            });
        });

        int[] assigned = new int[n];
        Arrays.fill(assigned, -1);
        var threads = ManagementFactory.getThreadMXBean();
        long flowStart = threads.getCurrentThreadCpuTime();
        if (pairs > 0) {
            flow(n, m, capacity, candidates, scores, assigned);
        }
        long flowCpu = threads.getCurrentThreadCpuTime() - flowStart;
        long flowed = System.nanoTime();
        reasons.join();
        int[] load = new int[m];
        for (int i = 0; i < n; i++) {
            if (lockedTo[i] >= 0) {
                load[lockedTo[i]]++;
            } else if (assigned[i] >= 0) {
                int j = assigned[i];
                load[j]++;
                int score = scoreOf(candidates[i], scores[i], j);
                matches.add(new Match(p.mentee(i).id(), p.mentor(j).id(), score, false));
                total += score;
            } else if (candidates[i].length > 0) {
                menteeReason[i] = UnmatchedReason.NO_CAPACITY;
            }
        }
        for (int j = 0; j < m; j++) {
            if (load[j] > 0) {
                mentorReason[j] = null;
            } else if (mentorFitsSomeone[j]) {
                mentorReason[j] = UnmatchedReason.OTHERS_FIT_BETTER;
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (menteeReason[i] != null) {
                unmatched.add(new Unmatched(p.mentee(i).id(), true, menteeReason[i]));
            }
        }
        for (int j = 0; j < m; j++) {
            if (mentorReason[j] != null) {
                unmatched.add(new Unmatched(p.mentor(j).id(), false, mentorReason[j]));
            }
        }
        matches.sort(Comparator.comparingLong(Match::menteeId));
        return new Result(
                List.copyOf(matches),
                List.copyOf(unmatched),
                total,
                pairs,
                flowCpu,
                selected - started,
                flowed - selected,
                System.nanoTime() - flowed);
    }

    /**
     * Keeps the mentee's {@code k} best possible mentors: the histogram of the row's scores (small
     * integers) gives the lowest score that makes the list; of the mentors with exactly that score,
     * the first ones in the population are kept. One pass over the row, no sorting.
     */
    private static void best(int[] row, int[] histogram, int k, int mentee, int[][] candidates, int[][] scores) {
        int possible = row.length - histogram[0];
        int threshold = 0;
        int atThreshold = Integer.MAX_VALUE;
        if (possible > k) {
            int needed = k;
            threshold = RowScorer.MAX_SCORE;
            while (histogram[threshold + 1] < needed) {
                needed -= histogram[threshold + 1];
                threshold--;
            }
            atThreshold = needed;
        }
        int size = Math.min(possible, k);
        int[] mentors = new int[size];
        int[] points = new int[size];
        int c = 0;
        for (int j = 0; j < row.length; j++) {
            int score = row[j];
            if (score > threshold || score == threshold && atThreshold-- > 0) {
                mentors[c] = j;
                points[c++] = score;
            }
        }
        candidates[mentee] = mentors;
        scores[mentee] = points;
    }

    private static void flow(int n, int m, int[] capacity, int[][] candidates, int[][] scores, int[] assigned) {
        int pairs = Arrays.stream(candidates).mapToInt(c -> c.length).sum();
        MinCostFlow flow = new MinCostFlow(n + m + 1, pairs + n + m);
        int sink = n + m;
        int[] arcMentee = new int[pairs];
        int[] arcMentor = new int[pairs];
        int[] arcs = new int[pairs];
        int a = 0;
        int active = 0;
        for (int i = 0; i < n; i++) {
            if (candidates[i].length == 0) {
                continue;
            }
            active++;
            flow.setNodeSupply(i, 1);
            flow.addArcWithCapacityAndUnitCost(i, sink, 1, 0);
            for (int c = 0; c < candidates[i].length; c++) {
                arcMentee[a] = i;
                arcMentor[a] = candidates[i][c];
                arcs[a] = flow.addArcWithCapacityAndUnitCost(i, n + candidates[i][c], 1, -scores[i][c]);
                a++;
            }
        }
        for (int j = 0; j < m; j++) {
            if (capacity[j] > 0) {
                flow.addArcWithCapacityAndUnitCost(n + j, sink, capacity[j], 0);
            }
        }
        flow.setNodeSupply(sink, -active);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("Min-cost flow ended " + status);
        }
        for (int x = 0; x < pairs; x++) {
            if (flow.getFlow(arcs[x]) > 0) {
                assigned[arcMentee[x]] = arcMentor[x];
            }
        }
        flow.delete();
    }

    private static UnmatchedReason menteeReason(RowScorer scorer, int mentee, int m, int[] capacity, int[] excluded) {
        int[] reasons = new int[UnmatchedReason.values().length];
        for (int j = 0; j < m; j++) {
            if (capacity[j] <= 0) {
                reasons[UnmatchedReason.NO_CAPACITY.ordinal()]++;
                continue;
            }
            int reason = scorer.reason(mentee, j);
            if (reason >= 0) {
                reasons[reason]++;
            } else if (contains(excluded, j)) {
                reasons[UnmatchedReason.EXCLUDED.ordinal()]++;
            }
        }
        return dominant(reasons);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static UnmatchedReason mentorReason(RowScorer scorer, int mentor, int n, int capacity) {
        if (capacity <= 0) {
            return UnmatchedReason.NO_CAPACITY;
        }
        int[] reasons = new int[UnmatchedReason.values().length];
        for (int i = 0; i < n; i++) {
            int reason = scorer.reason(i, mentor);
            if (reason >= 0) {
                reasons[reason]++;
            }
        }
        return n == 0 ? UnmatchedReason.OTHERS_FIT_BETTER : dominant(reasons);
    }

    private static UnmatchedReason dominant(int[] counts) {
        int best = UnmatchedReason.NO_SHARED_LANGUAGE.ordinal();
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > counts[best]) {
                best = r;
            }
        }
        return UnmatchedReason.values()[best];
    }

    private static int scoreOf(int[] mentors, int[] scores, int mentor) {
        for (int c = 0; c < mentors.length; c++) {
            if (mentors[c] == mentor) {
                return scores[c];
            }
        }
        throw new IllegalStateException();
    }

    private static Map<Long, Integer> index(List<Candidate> people) {
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            index.put(people.get(i).id(), i);
        }
        return index;
    }
}
