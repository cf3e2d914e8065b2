package se.brobygge.events;

import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's place at an event.
 *
 * @param waitlistPosition 1 for first in line; null unless waiting
 */
public record MySignUp(
        EventSummary event,
        SignUpStatus status,
        String code,
        @Nullable Integer waitlistPosition) {}
