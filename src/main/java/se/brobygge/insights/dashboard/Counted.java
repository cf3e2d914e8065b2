package se.brobygge.insights.dashboard;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import se.brobygge.insights.dashboard.Suppression.Raw;

/**
 * What the database counted for one figure: cells by month and category, each month's total over
 * all categories, and the period's total (kept only for distinct counts, the one kind whose period
 * figure is not a sum of months).
 */
record Counted(Map<String, Map<String, Raw>> cells, Map<String, Raw> monthTotals, Raw grand) {

    static Counted empty() {
        return new Counted(new TreeMap<>(), new HashMap<>(), Raw.NONE);
    }

    /** One row of a grouped statement: a cell, or the month's total when {@code category} is null. */
    void add(String month, @Nullable String category, Raw raw) {
        if (category == null) {
            monthTotals.put(month, raw);
        } else {
            cells.computeIfAbsent(month, m -> new TreeMap<>()).put(category, raw);
        }
    }

    Raw cell(String month, String category) {
        return cells.getOrDefault(month, Map.of()).getOrDefault(category, Raw.NONE);
    }

    Raw month(String month) {
        return monthTotals.getOrDefault(month, Raw.NONE);
    }

    /**
     * The distinct languages of the months and areas read, as the grouped statement counts them:
     * posts ({@code n}) and distinct languages ({@code np}) per area and month, per month, and for
     * the period; only the chosen area's when one is chosen.
     */
    static final class Languages {

        private final @Nullable String area;
        private final Map<String, Map<String, Tally>> cells = new TreeMap<>();
        private final Map<String, Tally> months = new HashMap<>();
        private final Tally period = new Tally();

        Languages(@Nullable String area) {
            this.area = area;
        }

        void add(String month, String area, String language, long posts) {
            if (this.area != null && !this.area.equals(area)) {
                return;
            }
            // the database compares languages without regard to case, as COUNT(DISTINCT) did
            String key = language.toLowerCase(Locale.ROOT);
            cells.computeIfAbsent(month, m -> new TreeMap<>())
                    .computeIfAbsent(area, a -> new Tally())
                    .add(key, posts);
            months.computeIfAbsent(month, m -> new Tally()).add(key, posts);
            period.add(key, posts);
        }

        Counted counted() {
            Counted counted = new Counted(new TreeMap<>(), new HashMap<>(), period.raw());
            cells.forEach((month, row) -> row.forEach((area, tally) -> counted.add(month, area, tally.raw())));
            months.forEach((month, tally) -> counted.add(month, null, tally.raw()));
            return counted;
        }
    }

    private static final class Tally {

        private final Set<String> languages = new HashSet<>();
        private long posts;

        void add(String language, long count) {
            languages.add(language);
            posts += count;
        }

        Raw raw() {
            return new Raw(posts, languages.size(), 0);
        }
    }
}
