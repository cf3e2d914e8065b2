package se.brobygge.identity;

import org.jspecify.annotations.Nullable;

/**
 * An account needs its e-mail address verified. The notifications module mails the link.
 *
 * @param tokenId identifies this request, so that the mail is queued once
 * @param token   the secret part of the link; only its hash is stored by identity
 * @param returnPath the same-site page to come back to after verifying and signing in, if any
 */
public record EmailVerificationRequested(
        AccountId accountId,
        long tokenId,
        String email,
        String displayName,
        String language,
        String token,
        @Nullable String returnPath) {

    @Override
    public String toString() {
        return "EmailVerificationRequested[" + accountId + ", token " + tokenId + "]";
    }
}
