package se.brobygge.insights.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import se.brobygge.insights.DashboardReport.Cell;

/**
 * The disclosure rules of the dashboard (decision record 31), in one place:
 * <ul>
 * <li>a monthly cell counting what fewer than {@value #THRESHOLD} people did is suppressed;</li>
 * <li>in a split (by area, language, audience, role), when the month's total is published and the
 * suppressed cells of that month are a single cell or add up to fewer than {@value #THRESHOLD}, the
 * smallest published cells are suppressed too (complementary suppression), so subtracting the
 * published cells from the total recovers no single cell;</li>
 * <li>every total is the sum of <em>published</em> monthly cells, never a fresh count: since
 * periods are whole months, any figure of any period is a sum of published cells, and no
 * difference between two overlapping periods can reveal a suppressed month;</li>
 * <li>month-end levels (active pairs) are rounded to the nearest five;</li>
 * <li>averages are shown for months with answers from at least {@value #THRESHOLD} people, and a
 * period's average is taken over those months only.</li>
 * </ul>
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {}

    /** What the database counted in one cell: things, the distinct people behind them, and a sum. */
    public record Raw(long count, long people, double sum) {

        public static final Raw NONE = new Raw(0, 0, 0);
    }

    /** A count of things people did, suppressed when fewer than five people are behind it. */
    public static Cell people(Raw raw) {
        if (raw.count() == 0) {
            return Cell.of(0);
        }
        return raw.people() < THRESHOLD ? Cell.SUPPRESSED : Cell.of(raw.count());
    }

    /** A level at the end of a month, suppressed under five and otherwise rounded to the nearest five. */
    public static Cell level(Raw raw) {
        Cell cell = people(raw);
        return cell.published() ? Cell.of(roundToFive(cell.number())) : cell;
    }

    static double roundToFive(double value) {
        return Math.round(value / THRESHOLD) * (double) THRESHOLD;
    }

    /** An average of what people answered; the cell's people must be at least five. */
    public static Cell average(Raw raw) {
        if (raw.count() == 0) {
            return Cell.EMPTY;
        }
        return raw.people() < THRESHOLD ? Cell.SUPPRESSED : Cell.of(raw.sum() / raw.count());
    }

    /** The period's average over the published months only (weighted by their number of answers). */
    public static Cell averageOverPublished(List<Raw> months) {
        double sum = 0;
        long count = 0;
        for (Raw raw : months) {
            if (raw.count() > 0 && raw.people() >= THRESHOLD) {
                sum += raw.sum();
                count += raw.count();
            }
        }
        return count == 0 ? Cell.EMPTY : Cell.of(sum / count);
    }

    /** A period total: the sum of the published cells. */
    public static Cell total(List<Cell> cells) {
        double sum = 0;
        for (Cell cell : cells) {
            sum += cell.orZero();
        }
        return Cell.of(sum);
    }

    /** A share in percent from two published totals; hidden when the whole is zero. */
    public static Cell percent(Cell part, Cell whole) {
        if (!part.published() || !whole.published() || whole.number() == 0) {
            return part.suppressed() || whole.suppressed() ? Cell.SUPPRESSED : Cell.EMPTY;
        }
        return Cell.of(100.0 * part.number() / whole.number());
    }

    /**
     * One month of a split: the cells after primary and complementary suppression.
     *
     * @param raws the month's raw cells, one per category
     * @param totalPublished whether the month's total (of all categories) is published elsewhere
     */
    public static List<Cell> split(List<Raw> raws, boolean totalPublished) {
        List<Cell> cells =
                new ArrayList<>(raws.stream().map(Suppression::people).toList());
        if (!totalPublished) {
            return cells;
        }
        List<Integer> byValue = IntStream.range(0, raws.size())
                .boxed()
                .sorted(Comparator.comparingLong(i -> raws.get(i).count()))
                .toList();
        while (true) {
            long hidden = 0;
            int hiddenCells = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).suppressed()) {
                    hidden += raws.get(i).count();
                    hiddenCells++;
                }
            }
            if (hiddenCells == 0 || (hiddenCells > 1 && hidden >= THRESHOLD)) {
                return cells;
            }
            Integer next = byValue.stream()
                    .filter(i -> cells.get(i).published() && raws.get(i).count() > 0)
                    .findFirst()
                    .orElse(null);
            if (next == null) {
                return cells;
            }
            cells.set(next, Cell.SUPPRESSED);
        }
    }
}
