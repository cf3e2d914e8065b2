package se.brobygge.employers;

import java.time.LocalDate;
import se.brobygge.identity.AccountId;

public record Outcome(AccountId accountId, String displayName, OutcomeKind kind, LocalDate occurredOn) {}
