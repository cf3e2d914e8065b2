package se.brobygge.employers.internal.seating;

import java.util.Map;
import java.util.Set;
import se.brobygge.employers.ParticipantRole;

/**
 * One person to seat. {@code metBefore} holds the accounts this person sat with at earlier sessions
 * of the series; {@code affinity} how well this person's offers meet another's wishes (both ways).
 */
public record Guest(
        long accountId,
        String name,
        ParticipantRole role,
        Set<String> languages,
        Set<Long> metBefore,
        Map<Long, Integer> affinity) {

    public Guest {
        languages = Set.copyOf(languages);
        metBefore = Set.copyOf(metBefore);
        affinity = Map.copyOf(affinity);
    }

    public boolean met(Guest other) {
        return metBefore.contains(other.accountId) || other.metBefore.contains(accountId);
    }

    public int affinityWith(Guest other) {
        return affinity.getOrDefault(other.accountId, 0) + other.affinity.getOrDefault(accountId, 0);
    }
}
