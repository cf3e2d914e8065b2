package se.brobygge.insights.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.brobygge.insights.DashboardReport.Cell;
import se.brobygge.insights.dashboard.Suppression.Raw;

class SuppressionTest {

    private static Raw people(long n) {
        return new Raw(n, n, 0);
    }

    @Test
    void underFivePeopleIsHiddenButZeroIsShown() {
        assertThat(Suppression.people(people(0))).isEqualTo(Cell.of(0));
        assertThat(Suppression.people(people(1))).isEqualTo(Cell.SUPPRESSED);
        assertThat(Suppression.people(people(4))).isEqualTo(Cell.SUPPRESSED);
        assertThat(Suppression.people(people(5))).isEqualTo(Cell.of(5));
        assertThat(Suppression.people(new Raw(40, 3, 0))).isEqualTo(Cell.SUPPRESSED);
    }

    @Test
    void totalsAddOnlyWhatIsShown() {
        assertThat(Suppression.total(List.of(Cell.of(7), Cell.SUPPRESSED, Cell.of(6)))
                        .value())
                .isEqualTo(13);
    }

    @Test
    void aLoneHiddenCellTakesTheSmallestShownCellWithIt() {
        List<Cell> cells = Suppression.split(List.of(people(20), people(2), people(6), people(0)), true);
        assertThat(cells).containsExactly(Cell.of(20), Cell.SUPPRESSED, Cell.SUPPRESSED, Cell.of(0));
    }

    @Test
    void hiddenCellsAddingUpToUnderFiveTakeMoreWithThem() {
        List<Cell> cells = Suppression.split(List.of(people(1), people(2), people(9), people(12)), true);
        assertThat(cells).containsExactly(Cell.SUPPRESSED, Cell.SUPPRESSED, Cell.SUPPRESSED, Cell.of(12));
    }

    @Test
    void withoutAPublishedTotalNothingMoreIsHidden() {
        assertThat(Suppression.split(List.of(people(2), people(9)), false))
                .containsExactly(Cell.SUPPRESSED, Cell.of(9));
    }

    @Test
    void levelsAreRoundedToFivesAndAveragesNeedFivePeople() {
        assertThat(Suppression.level(people(12)).value()).isEqualTo(10);
        assertThat(Suppression.level(people(13)).value()).isEqualTo(15);
        assertThat(Suppression.average(new Raw(4, 4, 16))).isEqualTo(Cell.SUPPRESSED);
        assertThat(Suppression.average(new Raw(5, 5, 20)).value()).isEqualTo(4.0);
        assertThat(Suppression.averageOverPublished(List.of(new Raw(5, 5, 20), new Raw(2, 2, 2)))
                        .value())
                .isEqualTo(4.0);
    }
}
