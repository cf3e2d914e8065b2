package se.brobygge.employers.internal.seating;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The whole plan as Timefold sees it: the tables, the seats and the score. */
@PlanningSolution
public class SeatingSolution {

    @ValueRangeProvider
    @ProblemFactCollectionProperty
    private List<Table> tables = new ArrayList<>();

    @PlanningEntityCollectionProperty
    private List<Seat> seats = new ArrayList<>();

    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    public SeatingSolution() {}

    public SeatingSolution(List<Table> tables, List<Seat> seats) {
        this.tables = tables;
        this.seats = seats;
    }

    public List<Table> getTables() {
        return tables;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}
