package se.brobygge.mentoring;

import java.util.Set;
import se.brobygge.identity.AccountId;

/** A person staff can put into a round: opted in, and free (mentees) or with a free place (mentors). */
public record PoolEntry(
        AccountId accountId, String displayName, boolean mentee, Set<String> languages, int freePlaces) {}
