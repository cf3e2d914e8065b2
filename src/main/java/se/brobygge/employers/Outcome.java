package se.brobygge.employers;

import java.time.LocalDate;

public record Outcome(long accountId, String displayName, OutcomeKind kind, LocalDate occurredOn) {}
