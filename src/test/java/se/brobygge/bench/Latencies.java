package se.brobygge.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Durations by kind of request, from many threads; percentiles by nearest rank. */
final class Latencies implements Recorder {

    /** Count, errors and percentiles of one kind (or of several kinds together), in milliseconds. */
    record Summary(String kind, int count, int errors, double p50, double p95, double p99, double mean, double max) {}

    private static final class Samples {
        private long[] nanos = new long[256];
        private int size;
        private int errors;

        synchronized void add(long value, boolean ok) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
            if (!ok) {
                errors++;
            }
        }

        synchronized long[] values() {
            return Arrays.copyOf(nanos, size);
        }

        synchronized int errors() {
            return errors;
        }
    }

    private final Map<String, Samples> byKind = new ConcurrentHashMap<>();

    @Override
    public void record(String kind, long nanos, boolean ok) {
        byKind.computeIfAbsent(kind, k -> new Samples()).add(nanos, ok);
    }

    List<String> kinds() {
        return new TreeMap<>(byKind).keySet().stream().toList();
    }

    Summary summary(String kind) {
        return summary(kind, kind::equals);
    }

    /** One summary over every kind the filter accepts, e.g. all requests of a scenario. */
    Summary summary(String label, Predicate<String> kinds) {
        long[] all = new long[0];
        int errors = 0;
        for (Map.Entry<String, Samples> entry : byKind.entrySet()) {
            if (kinds.test(entry.getKey())) {
                long[] values = entry.getValue().values();
                long[] merged = Arrays.copyOf(all, all.length + values.length);
                System.arraycopy(values, 0, merged, all.length, values.length);
                all = merged;
                errors += entry.getValue().errors();
            }
        }
        Arrays.sort(all);
        if (all.length == 0) {
            return new Summary(label, 0, errors, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(all).average().orElse(Double.NaN) / 1e6;
        return new Summary(
                label,
                all.length,
                errors,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                mean,
                all[all.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
