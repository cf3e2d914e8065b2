package se.brobygge.employers.internal.seating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;

/**
 * Removes repeat table-mates from a plan that keeps every hard rule: a tabu search over swaps of two
 * people at different tables (conflict-directed, as for the social golfer problem). Each step takes
 * someone who meets a person again and makes the best swap for them that keeps every table's hard
 * rules; a swapped pair stays tabu for a few steps so the search leaves plateaus. Only a plan with
 * fewer repeats replaces the one given. Pure and deterministic (fixed seed).
 */
final class RepeatRepair {

    private final int n;
    private final boolean[][] met;
    private final boolean[] movable;
    private final ParticipantRole[] role;
    private final List<Set<String>> languages;
    private final int[] table;
    private final int tables;
    private final boolean needCompany;
    private final boolean needNewcomer;
    private final boolean languageHard;
    private final Set<Integer> lockedTables;
    private final Random random = new Random(7);

    private RepeatRepair(
            List<Guest> guests,
            Map<Long, Integer> tableOf,
            Set<Long> pinned,
            Set<Integer> lockedTables,
            boolean needCompany,
            boolean needNewcomer,
            boolean languageHard) {
        n = guests.size();
        met = new boolean[n][n];
        movable = new boolean[n];
        role = new ParticipantRole[n];
        languages = new ArrayList<>();
        table = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            Guest g = guests.get(i);
            role[i] = g.role();
            languages.add(g.languages());
            table[i] = Objects.requireNonNull(tableOf.get(g.accountId()), "every guest has a table");
            max = Math.max(max, table[i]);
            movable[i] = !pinned.contains(g.accountId()) && !lockedTables.contains(table[i]);
            for (int j = 0; j < n; j++) {
                met[i][j] = i != j && g.met(guests.get(j));
            }
        }
        tables = max;
        this.lockedTables = lockedTables;
        this.needCompany = needCompany;
        this.needNewcomer = needNewcomer;
        this.languageHard = languageHard;
    }

    /**
     * A plan with fewer repeat table-mates than {@code tableOf} (which must keep every hard rule),
     * or {@code tableOf} itself when none is found before {@code deadlineNanos} ({@link System#nanoTime()}).
     */
    static Map<Long, Integer> repair(
            List<Guest> guests,
            Map<Long, Integer> tableOf,
            Set<Long> pinned,
            Set<Integer> lockedTables,
            boolean needCompany,
            boolean needNewcomer,
            boolean languageHard,
            long deadlineNanos) {
        RepeatRepair search =
                new RepeatRepair(guests, tableOf, pinned, lockedTables, needCompany, needNewcomer, languageHard);
        int[] best = search.run(deadlineNanos);
        if (best == null) {
            return tableOf;
        }
        Map<Long, Integer> repaired = new LinkedHashMap<>();
        for (int i = 0; i < guests.size(); i++) {
            repaired.put(guests.get(i).accountId(), best[i]);
        }
        return repaired;
    }

    /** The best assignment found if it has fewer repeats than the start, else null. */
    private int @Nullable [] run(long deadlineNanos) {
        int start = total();
        int current = start;
        int bestTotal = start;
        int @Nullable [] best = null;
        // tabuUntil[person][table]: the person may not go back to a table they just left
        long[][] tabuUntil = new long[n][tables + 1];
        long step = 0;
        long sinceBest = 0;
        while (current > 0 && System.nanoTime() < deadlineNanos) {
            step++;
            int bestI = -1;
            int bestJ = -1;
            int bestDelta = Integer.MAX_VALUE;
            int ties = 0;
            for (int i = 0; i < n; i++) {
                if (!movable[i] || conflicts(i, table[i], -1) == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (!movable[j] || table[j] == table[i]) {
                        continue;
                    }
                    int delta = delta(i, j);
                    boolean tabu = tabuUntil[i][table[j]] > step || tabuUntil[j][table[i]] > step;
                    if (tabu && current + delta >= bestTotal || delta > bestDelta || !keepsHardRules(i, j)) {
                        continue;
                    }
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestI = i;
                        bestJ = j;
                        ties = 1;
                    } else if (random.nextInt(++ties) == 0) {
                        bestI = i;
                        bestJ = j;
                    }
                }
            }
            if (bestI < 0) {
                if (!shake(3)) {
                    break; // the repeats left are between people who may not move
                }
                current = total();
                continue;
            }
            tabuUntil[bestI][table[bestI]] = step + 3 + random.nextInt(8);
            tabuUntil[bestJ][table[bestJ]] = step + 3 + random.nextInt(8);
            swap(bestI, bestJ);
            current += bestDelta;
            if (current < bestTotal) {
                bestTotal = current;
                best = table.clone();
                sinceBest = 0;
            } else if (++sinceBest > 400) {
                // stuck: go back to the best plan and shake it with a few random swaps that keep the hard rules
                if (best != null) {
                    System.arraycopy(best, 0, table, 0, n);
                }
                shake(2 + random.nextInt(6));
                current = total();
                sinceBest = 0;
            }
        }
        return bestTotal < start ? best : null;
    }

    /** Up to {@code swaps} random swaps that keep every hard rule; whether any was made. */
    private boolean shake(int swaps) {
        boolean any = false;
        for (int tries = 0, made = 0; made < swaps && tries < 50 * swaps; tries++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (movable[a] && movable[b] && table[a] != table[b] && keepsHardRules(a, b)) {
                swap(a, b);
                made++;
                any = true;
            }
        }
        return any;
    }

    private int total() {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += conflicts(i, table[i], -1);
        }
        return sum / 2;
    }

    /** How many at table {@code t} (leaving out {@code except}) person {@code i} has met. */
    private int conflicts(int i, int t, int except) {
        int c = 0;
        for (int k = 0; k < n; k++) {
            if (k != i && k != except && table[k] == t && met[i][k]) {
                c++;
            }
        }
        return c;
    }

    /** The change in repeat pairs if {@code i} and {@code j} swap tables. */
    private int delta(int i, int j) {
        int ti = table[i];
        int tj = table[j];
        return conflicts(i, tj, j) + conflicts(j, ti, i) - conflicts(i, ti, -1) - conflicts(j, tj, -1);
    }

    private void swap(int i, int j) {
        int t = table[i];
        table[i] = table[j];
        table[j] = t;
    }

    /** Whether both tables keep their hard rules with {@code i} and {@code j} swapped. */
    private boolean keepsHardRules(int i, int j) {
        return tableOk(table[i], i, j) && tableOk(table[j], j, i);
    }

    /** Whether table {@code t} keeps its rules with {@code out} leaving and {@code in} joining. */
    private boolean tableOk(int t, int out, int in) {
        boolean company = role[in] == ParticipantRole.COMPANY;
        boolean newcomer = role[in] == ParticipantRole.NEWCOMER;
        Set<String> shared = new HashSet<>(languages.get(in));
        for (int k = 0; k < n; k++) {
            if (k == out || table[k] != t) {
                continue;
            }
            company |= role[k] == ParticipantRole.COMPANY;
            newcomer |= role[k] == ParticipantRole.NEWCOMER;
            shared.retainAll(languages.get(k));
        }
        boolean locked = lockedTables.contains(t);
        return (!needCompany || locked || company)
                && (!needNewcomer || locked || newcomer)
                && (!languageHard || !shared.isEmpty());
    }
}
