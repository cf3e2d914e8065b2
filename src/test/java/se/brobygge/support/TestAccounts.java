package se.brobygge.support;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;

/** Creates verified accounts with unique e-mail addresses, so tests never collide. */
@Component
public class TestAccounts {

    public static final String PASSWORD = "ett långt testlösenord";

    public record Created(AccountId id, String email, String displayName, Set<String> roles) {}

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    /** bcrypt is slow on purpose; tests creating hundreds of accounts hash the password once. */
    private volatile String passwordHash;

    TestAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@test.brohamn.example";
    }

    @Transactional
    public Created create(String displayName, String... roles) {
        return createIn("sv", displayName, roles);
    }

    /** A resident who registered but has not confirmed the address yet (cannot sign in until then). */
    @Transactional
    public Created createUnconfirmed(String displayName) {
        String email = uniqueEmail("user");
        Account account = new Account(email, displayName, "sv", clock.instant());
        account.changePassword(hash());
        account.roles().add(Roles.RESIDENT);
        account = accounts.save(account);
        return new Created(account.accountId(), email, displayName, Set.of(Roles.RESIDENT));
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }

    /** As {@link #create}, for a person whose chosen language is {@code language} (what pages show them). */
    public Created createIn(String language, String displayName, String... roles) {
        String email = uniqueEmail("user");
        Account account = new Account(email, displayName, language, clock.instant());
        account.changePassword(hash());
        account.markEmailVerified();
        account.roles().addAll(Set.of(roles));
        account = accounts.save(account);
        return new Created(account.accountId(), email, displayName, Set.of(roles));
    }
}
