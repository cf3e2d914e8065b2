package se.brobygge.identity.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a rate limit counts a login or reset try against. The database finds an account whatever the
 * case and accents of the address typed (its collation), so counting by the typed text would give
 * every spelling its own allowance: a try counts against the account found, and against the
 * address folded the same way when there is none.
 */
public final class AttemptKeys {

    private AttemptKeys() {}

    public static String of(Optional<Account> found, String typed) {
        return found.map(account -> "account:" + account.accountId().value()).orElseGet(() -> "address:" + fold(typed));
    }

    /** Lower case without accents or other combining marks, as the address collation compares. */
    public static String fold(String email) {
        return Normalizer.normalize(email.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
