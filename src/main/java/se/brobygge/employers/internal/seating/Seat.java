package se.brobygge.employers.internal.seating;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;

/** A person's place: the planning entity whose table the solver chooses. Locked tables are pinned. */
@PlanningEntity
public class Seat {

    @PlanningId
    private long id;

    private Guest guest;

    @PlanningVariable
    private @Nullable Table table;

    @PlanningPin
    private boolean pinned;

    public Seat() {
        this.guest = new Guest(0, "", ParticipantRole.NEWCOMER, Set.of(), Set.of(), Map.of());
    }

    public Seat(Guest guest, @Nullable Table table, boolean pinned) {
        this.id = guest.accountId();
        this.guest = guest;
        this.table = table;
        this.pinned = pinned;
    }

    public long getId() {
        return id;
    }

    public Guest getGuest() {
        return guest;
    }

    public @Nullable Table getTable() {
        return table;
    }

    public void setTable(@Nullable Table table) {
        this.table = table;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isCompany() {
        return guest.role() == ParticipantRole.COMPANY;
    }

    public boolean isNewcomer() {
        return guest.role() == ParticipantRole.NEWCOMER;
    }
}
