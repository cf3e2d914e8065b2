package se.brobygge.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Benchmark parameters from system properties ({@code -Dbench.load.users=50}), with defaults sized
 * for a shared 2-core machine. Maven passes {@code bench.*} properties of its command line on.
 */
final class Settings {

    private Settings() {}

    static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    static Duration seconds(String name, double fallback) {
        String value = System.getProperty(name);
        double seconds = value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** A range in seconds such as {@code 2-5} (think times). */
    static ThinkTime range(String name, double min, double max) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return new ThinkTime(min, max);
        }
        String[] parts = value.split("-");
        return new ThinkTime(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[parts.length - 1].strip()));
    }

    /** Comma-separated values; routes are written with their slash ({@code /,/login}). */
    static List<String> list(String name, String fallback) {
        String value = System.getProperty(name);
        String raw = value == null || value.isBlank() ? fallback : value;
        return Arrays.stream(raw.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A uniformly random pause between min and max seconds, like a person reading or typing. */
    record ThinkTime(double minSeconds, double maxSeconds) {

        Duration next() {
            double seconds = minSeconds + ThreadLocalRandom.current().nextDouble() * (maxSeconds - minSeconds);
            return Duration.ofMillis(Math.round(seconds * 1000));
        }

        @Override
        public String toString() {
            return format(minSeconds) + "–" + format(maxSeconds) + " s";
        }

        private static String format(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }
}
