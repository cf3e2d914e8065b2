package se.brobygge.mentoring;

import java.util.Set;

/** A person staff can put into a round: opted in, and free (mentees) or with a free place (mentors). */
public record PoolEntry(long accountId, String displayName, boolean mentee, Set<String> languages, int freePlaces) {}
