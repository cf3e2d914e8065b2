package se.brobygge.mentoring.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The globally optimal assignment of mentees to mentors: the largest total score such that every
 * mentee has at most one mentor, every mentor at most their capacity, and only possible pairs (see
 * {@link Scoring}) are used. Solved as a min-cost flow with Google OR-Tools
 * (docs/decisions/0017-matching-solver.md): source → mentee (1) → mentor (cost −score) → sink
 * (capacity), plus mentee → sink at cost 0 for whoever stays unmatched.
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

    /** {@code flowCpuNanos}: CPU time of the (single-threaded) min-cost flow, for the benchmark. */
    public record Result(
            List<Match> matches, List<Unmatched> unmatched, long totalScore, int candidatePairs, long flowCpuNanos) {}

    /** Enough that capacity conflicts almost never push a mentee past their list (see the benchmark). */
    public static final int DEFAULT_CANDIDATES = 24;

    private static volatile boolean loaded;
    /** One row of scores per worker thread, reused across mentees. */
    private static final ThreadLocal<int[]> ROW = ThreadLocal.withInitial(() -> new int[0]);

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
        int n = p.menteeCount();
        int m = p.mentorCount();
        Map<Long, Integer> menteeIndex = index(p.mentees);
        Map<Long, Integer> mentorIndex = index(p.mentors);
        Set<Long> excluded = new HashSet<>();
        for (Pair pair : options.excluded()) {
            Integer i = menteeIndex.get(pair.menteeId());
            Integer j = mentorIndex.get(pair.mentorId());
            if (i != null && j != null) {
                excluded.add((long) i * m + j);
            }
        }
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

        int k = options.candidatesPerMentee() <= 0 ? m : Math.min(options.candidatesPerMentee(), m);
        int[][] candidates = new int[n][];
        int[][] scores = new int[n][];
        int[][] reasonCounts = new int[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (lockedTo[i] >= 0) {
                candidates[i] = new int[0];
                scores[i] = new int[0];
                return;
            }
            TopK top = new TopK(k);
            int[] reasons = new int[UnmatchedReason.values().length];
            int[] row = ROW.get();
            if (row.length != m) {
                row = new int[m];
                ROW.set(row);
            }
            Scoring.scoreRow(p, i, row);
            for (int j = 0; j < m; j++) {
                if (capacity[j] <= 0) {
                    reasons[UnmatchedReason.NO_CAPACITY.ordinal()]++;
                    continue;
                }
                int score = row[j];
                if (score < 0) {
                    reasons[Scoring.reasonOf(score).ordinal()]++;
                } else if (!excluded.isEmpty() && excluded.contains((long) i * m + j)) {
                    reasons[UnmatchedReason.EXCLUDED.ordinal()]++;
                } else {
                    top.offer(j, score);
                }
            }
            candidates[i] = top.mentors();
            scores[i] = top.scores();
            reasonCounts[i] = reasons;
        });

        int pairs = Arrays.stream(candidates).mapToInt(c -> c.length).sum();
        int[] assigned = new int[n];
        Arrays.fill(assigned, -1);
        var threads = ManagementFactory.getThreadMXBean();
        long flowStart = threads.getCurrentThreadCpuTime();
        if (pairs > 0) {
            flow(n, m, capacity, candidates, scores, assigned);
        }
        long flowCpu = threads.getCurrentThreadCpuTime() - flowStart;
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
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        boolean[] mentorFitsSomeone = new boolean[m];
        for (int i = 0; i < n; i++) {
            for (int j : candidates[i]) {
                mentorFitsSomeone[j] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            if (lockedTo[i] < 0 && assigned[i] < 0) {
                UnmatchedReason reason =
                        candidates[i].length > 0 ? UnmatchedReason.NO_CAPACITY : dominant(reasonCounts[i]);
                unmatched.add(new Unmatched(p.mentee(i).id(), true, reason));
            }
        }
        for (int j = 0; j < m; j++) {
            if (load[j] == 0) {
                UnmatchedReason reason =
                        mentorFitsSomeone[j] ? UnmatchedReason.OTHERS_FIT_BETTER : mentorReason(p, j, n, capacity[j]);
                unmatched.add(new Unmatched(p.mentor(j).id(), false, reason));
            }
        }
        matches.sort(Comparator.comparingLong(Match::menteeId));
        return new Result(List.copyOf(matches), List.copyOf(unmatched), total, pairs, flowCpu);
    }

    private static void flow(int n, int m, int[] capacity, int[][] candidates, int[][] scores, int[] assigned) {
        MinCostFlow flow = new MinCostFlow(n + m + 2, 0);
        int source = n + m;
        int sink = n + m + 1;
        int pairs = Arrays.stream(candidates).mapToInt(c -> c.length).sum();
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
            flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
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
        flow.setNodeSupply(source, active);
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

    private static UnmatchedReason mentorReason(Population p, int mentor, int n, int capacity) {
        if (capacity <= 0) {
            return UnmatchedReason.NO_CAPACITY;
        }
        int[] reasons = new int[UnmatchedReason.values().length];
        for (int i = 0; i < n; i++) {
            int score = Scoring.score(p, i, mentor);
            if (score < 0) {
                reasons[Scoring.reasonOf(score).ordinal()]++;
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

    /** The k best (mentor, score) seen so far, as a min-heap on score. */
    static final class TopK {
        private final int k;
        private int[] mentors = new int[8];
        private int[] scores = new int[8];
        private int size;

        TopK(int k) {
            this.k = k;
        }

        void offer(int mentor, int score) {
            if (size < k) {
                if (size == mentors.length) {
                    mentors = Arrays.copyOf(mentors, Math.min(k, size * 2));
                    scores = Arrays.copyOf(scores, mentors.length);
                }
                mentors[size] = mentor;
                scores[size] = score;
                up(size++);
            } else if (score > scores[0]) {
                mentors[0] = mentor;
                scores[0] = score;
                down(0);
            }
        }

        int[] mentors() {
            return Arrays.copyOf(mentors, size);
        }

        int[] scores() {
            return Arrays.copyOf(scores, size);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (scores[parent] <= scores[i]) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int smallest = i;
                if (l < size && scores[l] < scores[smallest]) {
                    smallest = l;
                }
                if (r < size && scores[r] < scores[smallest]) {
                    smallest = r;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int x, int y) {
            int t = mentors[x];
            mentors[x] = mentors[y];
            mentors[y] = t;
            t = scores[x];
            scores[x] = scores[y];
            scores[y] = t;
        }
    }
}
