package se.brobygge.shared.privacy;

import java.time.Instant;

/**
 * The person being erased, as the account held them before the deletion: modules that copied the
 * e-mail address or the name (mail outbox, post signatures) find the copies by these values.
 */
public record ErasedPerson(long accountId, String email, String displayName, Instant at) {}
