package se.brobygge.identity;

import java.time.Instant;

/**
 * Someone tried to register with the address of an existing account. The page answers as for a
 * new address (so it tells nobody who has an account); the notifications module mails the owner
 * instead, at most once an hour.
 */
public record ExistingAccountRegistrationAttempted(
        AccountId accountId, String email, String displayName, String language, Instant attemptedAt) {

    @Override
    public String toString() {
        return "ExistingAccountRegistrationAttempted[" + accountId + "]";
    }
}
