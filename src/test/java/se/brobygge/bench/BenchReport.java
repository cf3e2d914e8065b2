package se.brobygge.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Markdown report, {@code target/bench/report.md}. Each benchmark class publishes its
 * section when it ends (as JSON beside the report); the report is rewritten from every section of
 * this run each time, so it is complete after the last benchmark whatever order they ran in, and
 * sections of earlier runs (another JVM) are dropped.
 */
final class BenchReport {

    /** One line of the PASS/FAIL table. */
    record Target(String name, String measured, String limit, boolean pass) {}

    /** What one benchmark found: Markdown for its section, its targets, facts for the header. */
    record Section(
            String runId,
            int order,
            String title,
            String markdown,
            List<Target> targets,
            Map<String, String> environment) {}

    /** One JVM is one run: every benchmark class of a Maven invocation runs in the same fork. */
    static final String RUN_ID = ProcessHandle.current().pid() + "-"
            + ManagementFactory.getRuntimeMXBean().getStartTime();

    private BenchReport() {}

    static Path directory() {
        return Path.of(System.getProperty("bench.reportDir", "target/bench"));
    }

    static synchronized void publish(Section section) {
        try {
            Path sections = directory().resolve("sections");
            Files.createDirectories(sections);
            UidlClient.JSON
                    .writerWithDefaultPrettyPrinter()
                    .writeValue(sections.resolve(section.order() + ".json").toFile(), section);
            List<Section> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(sections)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Section found = UidlClient.JSON.readValue(file.toFile(), Section.class);
                    if (found.runId().equals(RUN_ID)) {
                        all.add(found);
                    } else {
                        Files.delete(file);
                    }
                }
            }
            all.sort(Comparator.comparingInt(Section::order));
            Files.writeString(directory().resolve("report.md"), render(all), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String render(List<Section> sections) {
        StringBuilder md = new StringBuilder();
        Instant started =
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        md.append("# Brobygge benchmarks\n\n");
        md.append("Run started ")
                .append(timestamp(started))
                .append(", report written ")
                .append(timestamp(Instant.now()))
                .append(". Times are compared as ratios to a no-op round trip measured in the same run, because ")
                .append("these machines are shared and noisy; absolute milliseconds are for orientation only.\n\n");

        md.append("## Machine\n\n| | |\n|---|---|\n");
        machine()
                .forEach((k, v) ->
                        md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        Map<String, String> environment = new LinkedHashMap<>();
        sections.forEach(s -> environment.putAll(s.environment()));
        environment.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));

        md.append("\n## Targets\n\n| target | measured | limit | result |\n|---|---|---|---|\n");
        List<Target> targets =
                sections.stream().flatMap(s -> s.targets().stream()).toList();
        for (Target t : targets) {
            md.append("| ")
                    .append(t.name())
                    .append(" | ")
                    .append(t.measured())
                    .append(" | ")
                    .append(t.limit())
                    .append(" | ")
                    .append(t.pass() ? "PASS" : "**FAIL**")
                    .append(" |\n");
        }
        md.append('\n');
        for (Target t : targets) {
            md.append(t.pass() ? "PASS" : "FAIL")
                    .append(": ")
                    .append(t.name())
                    .append(" (")
                    .append(t.measured())
                    .append("; limit ")
                    .append(t.limit())
                    .append(")\n");
        }
        md.append('\n');
        for (Section section : sections) {
            md.append("## ")
                    .append(section.title())
                    .append("\n\n")
                    .append(section.markdown().strip())
                    .append("\n\n");
        }
        return md.toString();
    }

    /** Cores, memory, JDK and OS of this machine, as the report's header lists them. */
    static Map<String, String> machine() {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("Cores (nproc)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            machine.put(
                    "Memory",
                    gib(os.getTotalMemorySize()) + " total, " + gib(os.getFreeMemorySize()) + " free at report time");
        }
        machine.put(
                "Load average (1 min) at report time",
                String.format(
                        Locale.ROOT,
                        "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        machine.put(
                "JDK",
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                        + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vm.name") + ")");
        machine.put(
                "JVM heap",
                "max " + gib(Runtime.getRuntime().maxMemory()) + ", GC "
                        + ManagementFactory.getGarbageCollectorMXBeans().stream()
                                .map(GarbageCollectorMXBean::getName)
                                .collect(Collectors.joining(", ")));
        machine.put(
                "OS",
                osRelease() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                        + System.getProperty("os.arch") + ")");
        return machine;
    }

    private static String osRelease() {
        try {
            return Files.readAllLines(Path.of("/etc/os-release")).stream()
                    .filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String timestamp(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(instant);
    }

    static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    static String kb(double bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static String ms(double millis) {
        return Double.isNaN(millis) ? "—" : String.format(Locale.ROOT, "%.1f ms", millis);
    }

    static String ratio(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "—" : String.format(Locale.ROOT, "%.2f×", value);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A count with thousands separated: 100,000. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A Markdown table from a header row and data rows. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder md = new StringBuilder();
        md.append("| ").append(String.join(" | ", header)).append(" |\n|");
        header.forEach(h -> md.append("---|"));
        md.append('\n');
        for (List<String> row : rows) {
            md.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return md.toString();
    }
}
