package se.brobygge.identity;

import java.util.Map;

/** Counts for staff: how many accounts, how many verified, per role. */
public record AccountStatistics(long accounts, long verified, Map<String, Long> perRole) {}
