package se.brobygge.identity;

import java.time.Instant;

/**
 * The password of an account was changed, by its signed-in owner or with a reset link. The
 * notifications module mails a notice to the account's address, so that the owner hears of it if
 * it was not them.
 */
public record PasswordChanged(
        AccountId accountId, String email, String displayName, String language, Instant changedAt) {

    @Override
    public String toString() {
        return "PasswordChanged[" + accountId + ", " + changedAt + "]";
    }
}
