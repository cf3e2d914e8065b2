package se.brobygge.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.brobygge.shared.InvalidInputException;

/**
 * The months a dashboard covers, from {@code first} to {@code last} inclusive. Periods are whole
 * calendar months (a month, a quarter, a year or a custom range of months): every figure is then a
 * sum of monthly cells, which is what keeps suppressed cells from being recovered by subtracting
 * two overlapping periods (see decision record 31).
 */
public record DashboardPeriod(YearMonth first, YearMonth last) {

    /** The longest range a custom period may cover. */
    public static final int MAX_MONTHS = 36;

    public DashboardPeriod {
        if (last.isBefore(first)) {
            throw new InvalidInputException("period", "insights.validation.periodOrder");
        }
        if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new InvalidInputException("period", "insights.validation.periodLength");
        }
    }

    public static DashboardPeriod month(YearMonth month) {
        return new DashboardPeriod(month, month);
    }

    public static DashboardPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new DashboardPeriod(first, first.plusMonths(2));
    }

    public static DashboardPeriod year(int year) {
        return new DashboardPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The twelve months up to and including {@code last}. */
    public static DashboardPeriod twelveMonthsTo(YearMonth last) {
        return new DashboardPeriod(last.minusMonths(11), last);
    }

    public LocalDate start() {
        return first.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate end() {
        return last.plusMonths(1).atDay(1);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
