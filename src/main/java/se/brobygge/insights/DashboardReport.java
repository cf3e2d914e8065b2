package se.brobygge.insights;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up figures of a period, with every cell about fewer than five people already
 * suppressed: nothing in here can single out a person, so charts, tables and exports all read
 * from it alone.
 *
 * @param areas the municipality's areas, for the area choice
 * @param storedAt when the nightly roll-up counted the period's earlier months; null when every month was counted now
 */
public record DashboardReport(
        DashboardRequest request,
        List<YearMonth> months,
        List<String> areas,
        List<Section> sections,
        @Nullable Instant storedAt) {

    /**
     * @param wholeMunicipality the section's figures have no area, so an area choice does not narrow them
     */
    public record Section(String key, boolean wholeMunicipality, List<Panel> panels, List<Breakdown> breakdowns) {}

    public enum ChartType {
        LINE,
        BAR
    }

    public enum Unit {
        COUNT,
        PERCENT,
        AVERAGE,
        HOURS
    }

    /** One chart and its table: series over the months of the period. */
    public record Panel(String key, ChartType chart, Unit unit, List<Series> series) {}

    /** @param months one cell per month of the period; total: the figure for the whole period */
    public record Series(String key, List<Cell> months, Cell total) {}

    /** A figure split by language, area, audience or role (whole municipality). */
    public record Breakdown(String key, String dimension, List<Row> rows) {}

    /** @param category a code (language, audience, role) or an area's name; "" when not given */
    public record Row(String category, List<Cell> months, Cell total) {}

    /**
     * @param value null when there is nothing to show (no data, or hidden)
     * @param suppressed about fewer than five people: shown as "&lt;5"
     */
    public record Cell(@Nullable Double value, boolean suppressed) {

        public static final Cell EMPTY = new Cell(null, false);
        public static final Cell SUPPRESSED = new Cell(null, true);

        public static Cell of(double value) {
            return new Cell(value, false);
        }

        public boolean published() {
            return value != null && !suppressed;
        }

        /** The value of a published cell; asking an empty or suppressed cell for it is a mistake. */
        public double number() {
            Double v = value;
            if (v == null || suppressed) {
                throw new IllegalStateException("an empty or suppressed cell has no number to show");
            }
            return v;
        }

        public double orZero() {
            Double v = value;
            return v != null && !suppressed ? v : 0;
        }
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    public Panel panel(String key) {
        return sections.stream()
                .flatMap(s -> s.panels().stream())
                .filter(p -> p.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    public Series series(String key) {
        return sections.stream()
                .flatMap(s -> s.panels().stream())
                .flatMap(p -> p.series().stream())
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    public Breakdown breakdown(String key) {
        return sections.stream()
                .flatMap(s -> s.breakdowns().stream())
                .filter(b -> b.key().equals(key))
                .findFirst()
                .orElseThrow();
    }
}
