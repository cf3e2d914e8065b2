package se.brobygge.employers.internal.seating;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

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
        this.guest = new Guest(
                0,
                "",
                se.brobygge.employers.ParticipantRole.NEWCOMER,
                java.util.Set.of(),
                java.util.Set.of(),
                java.util.Map.of());
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
        return guest.role() == se.brobygge.employers.ParticipantRole.COMPANY;
    }

    public boolean isNewcomer() {
        return guest.role() == se.brobygge.employers.ParticipantRole.NEWCOMER;
    }
}
