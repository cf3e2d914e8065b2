package se.brobygge.employers.internal.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.brobygge.employers.ParticipantRole;

/** The repair seats people who met before apart, without breaking a table's hard rules or moving locked people. */
class RepeatRepairTest {

    static Guest guest(long id, ParticipantRole role, Long... met) {
        return new Guest(id, "G" + id, role, Set.of("sv"), Set.of(met), Map.of());
    }

    @Test
    void swapsPeopleSoThatNobodyMeetsAgainAndEveryTableKeepsACompanyAndANewcomer() {
        // table 1: company 1 and newcomer 2 met before; table 2: company 3 and newcomer 4 met before
        var guests = List.of(
                guest(1, ParticipantRole.COMPANY, 2L),
                guest(2, ParticipantRole.NEWCOMER),
                guest(3, ParticipantRole.COMPANY, 4L),
                guest(4, ParticipantRole.NEWCOMER));
        Map<Long, Integer> plan = Map.of(1L, 1, 2L, 1, 3L, 2, 4L, 2);
        Map<Long, Integer> repaired = RepeatRepair.repair(
                guests, plan, Set.of(), Set.of(), true, true, true, System.nanoTime() + 1_000_000_000L);
        assertThat(SeatingEngine.repeatPairs(guests, repaired)).isZero();
        assertThat(repaired.get(1L)).as("companies at different tables").isNotEqualTo(repaired.get(3L));
        assertThat(repaired.get(2L)).as("newcomers at different tables").isNotEqualTo(repaired.get(4L));
    }

    @Test
    void leavesThePlanAsItIsWhenOnlyLockedPeopleMeetAgain() {
        var guests = List.of(
                guest(1, ParticipantRole.COMPANY, 2L),
                guest(2, ParticipantRole.NEWCOMER),
                guest(3, ParticipantRole.COMPANY),
                guest(4, ParticipantRole.NEWCOMER));
        Map<Long, Integer> plan = Map.of(1L, 1, 2L, 1, 3L, 2, 4L, 2);
        assertThat(RepeatRepair.repair(
                        guests, plan, Set.of(1L, 2L), Set.of(1), true, true, true, System.nanoTime() + 200_000_000L))
                .isSameAs(plan);
    }
}
