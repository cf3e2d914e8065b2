package se.brobygge.employers;

import java.time.Instant;
import java.util.Map;

/** Counts for one session: participants per role, contacts, outcomes per kind and per role. */
public record SessionReport(
        SessionId id,
        String theme,
        Instant startsAt,
        Map<ParticipantRole, Integer> participants,
        int contacts,
        Map<OutcomeKind, Integer> outcomes,
        Map<ParticipantRole, Integer> outcomesByRole) {}
