package se.brobygge.privacy.audit;

/** A staff member who appears in the audit log, for the "who" filter. */
public record Actor(long accountId, String displayName) {}
