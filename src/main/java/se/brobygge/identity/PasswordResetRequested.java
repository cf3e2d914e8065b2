package se.brobygge.identity;

/** A user asked for a password reset link. The notifications module mails it. */
public record PasswordResetRequested(
        AccountId accountId, long tokenId, String email, String displayName, String language, String token) {

    @Override
    public String toString() {
        return "PasswordResetRequested[" + accountId + ", token " + tokenId + "]";
    }
}
