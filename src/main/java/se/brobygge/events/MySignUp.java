package se.brobygge.events;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's place at an event.
 *
 * @param waitlistPosition 1 for first in line; null unless waiting
 * @param adults           adults coming along
 * @param children         children coming along
 */
public record MySignUp(
        EventSummary event,
        SignUpStatus status,
        String code,
        @Nullable Integer waitlistPosition,
        int adults,
        int children) {

    /** Seats this sign-up takes: the person and their companions. */
    public int partySize() {
        return 1 + adults + children;
    }
}
