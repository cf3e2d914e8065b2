package se.brobygge.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * Live objects by class, from the JVM's own class histogram (the diagnostic command behind
 * {@code jcmd GC.class_histogram}), so the report can say where a session's heap goes.
 */
final class HeapHistogram {

    /** Growth of one class between two histograms. */
    record Growth(String className, long instances, long bytes) {}

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    private final Map<String, long[]> classes;

    private HeapHistogram(Map<String, long[]> classes) {
        this.classes = classes;
    }

    /** Takes a histogram of live objects (it runs a full collection first). */
    static HeapHistogram take() {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return parse(String.valueOf(text));
        } catch (Exception e) {
            throw new IllegalStateException("No class histogram from this JVM", e);
        }
    }

    /** Reads the text of a class histogram, as {@code jcmd <pid> GC.class_histogram} prints it. */
    static HeapHistogram parse(String text) {
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (a, b) ->
                        new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        return new HeapHistogram(classes);
    }

    /** The classes that grew most in bytes since {@code earlier}. */
    List<Growth> growthSince(HeapHistogram earlier, int top) {
        return classes.entrySet().stream()
                .map(e -> {
                    long[] before = earlier.classes.getOrDefault(e.getKey(), new long[2]);
                    return new Growth(e.getKey(), e.getValue()[0] - before[0], e.getValue()[1] - before[1]);
                })
                .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                .limit(top)
                .toList();
    }
}
