package se.brobygge.employers;

/** While the solver works: time so far, hard-rule breaks and repeat pairs of the best plan yet. */
public record SeatingProgress(long elapsedMillis, int hardBreaks, int repeatPairs) {}
