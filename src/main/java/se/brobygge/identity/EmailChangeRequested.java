package se.brobygge.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A signed-in person asked to change their e-mail address. The notifications module mails the
 * confirmation link to the new address, and a notice to the old one. When the new address already
 * belongs to another account there is no link ({@code token} is null), but the notice goes out as
 * usual, so that the answer on the page and the old mailbox look the same either way.
 *
 * @param token the secret part of the confirmation link; only its hash is stored by identity
 */
public record EmailChangeRequested(
        AccountId accountId,
        String oldEmail,
        String newEmail,
        String displayName,
        String language,
        Instant requestedAt,
        long tokenId,
        @Nullable String token) {

    @Override
    public String toString() {
        return "EmailChangeRequested[" + accountId + ", token " + tokenId + "]";
    }
}
