package se.brobygge.privacy.audit;

import se.brobygge.identity.AccountId;

/** A staff member who appears in the audit log, for the "who" filter. */
public record Actor(AccountId accountId, String displayName) {}
