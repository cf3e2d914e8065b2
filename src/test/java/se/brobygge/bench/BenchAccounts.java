package se.brobygge.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.TestAccounts;

/**
 * Verified resident accounts for virtual users, one per user, with fixed addresses so that runs
 * against a kept database reuse them instead of adding hundreds of accounts each time.
 */
final class BenchAccounts {

    private BenchAccounts() {}

    static String email(int user) {
        return String.format(Locale.ROOT, "bench-user-%04d@bench.brohamn.example", user);
    }

    /** Creates or resets accounts 1..count, all with {@link TestAccounts#PASSWORD}; returns their e-mails. */
    static List<String> ensure(
            int count,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            Clock clock,
            TransactionTemplate transactions) {
        String hash = passwordEncoder.encode(TestAccounts.PASSWORD); // one hash for all: bcrypt is slow on purpose
        List<String> emails = new ArrayList<>(count);
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= count; i++) {
                int user = i;
                String email = email(user);
                Account account = accounts.findByEmail(email)
                        .orElseGet(() -> new Account(
                                email, String.format(Locale.ROOT, "Bench User %04d", user), "sv", clock.instant()));
                account.changePassword(hash);
                account.markEmailVerified();
                account.changeLanguage("sv");
                account.roles().add(Roles.RESIDENT);
                accounts.save(account);
                emails.add(email);
            }
        });
        return emails;
    }
}
