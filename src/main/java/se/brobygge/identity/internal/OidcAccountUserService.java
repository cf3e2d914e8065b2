package se.brobygge.identity.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.brobygge.identity.Roles;
import se.brobygge.shared.BrobyggeProperties;

/**
 * Turns an OIDC login into a Brobygge account: links it by issuer and subject (or by a verified
 * e-mail address the first time) and maps the groups claim to roles by configuration. Roles from
 * the identity provider are not stored: they are read afresh at every login, so removing someone
 * from a staff group takes effect at their next login.
 */
@Component
public class OidcAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(OidcAccountUserService.class);

    private final OidcUserService delegate = new OidcUserService();
    private final AccountRepository accounts;
    private final AccountAuthorities authorities;
    private final BrobyggeProperties.Oidc settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OidcAccountUserService(AccountRepository accounts, AccountAuthorities authorities, BrobyggeProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.authorities = authorities;
        this.settings = properties.security().oidc();
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Set<String> mapped = mapRoles(user.getClaims().get(settings.roleClaim()));
        Account account = linkAccount(user);
        Set<String> found = transactions.execute(s -> authorities.roles(account, mapped));
        Set<String> roles = new TreeSet<>(found == null ? Set.of() : found);
        if (roles.isEmpty()) {
            roles.add(Roles.RESIDENT);
        }
        log.info("OIDC login of account {} with roles {}", account.accountId(), roles);
        return new AccountOidcUser(account.accountId(), account.displayName(), AccountAuthorities.authorities(roles),
                user.getIdToken(), user.getUserInfo());
    }

    Set<String> mapRoles(@Nullable Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        Set<String> roles = new TreeSet<>();
        for (Object value : values) {
            String role = settings.roleMapping().get(String.valueOf(value));
            if (role != null && Roles.ALL.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private Account linkAccount(OidcUser user) {
        try {
            return findOrCreate(user);
        } catch (DataIntegrityViolationException raced) {
            // another login of the same person created the account a moment ago
            return findOrCreate(user);
        }
    }

    private Account findOrCreate(OidcUser user) {
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        String subject = user.getSubject();
        Account result = transactions.execute(status -> accounts.findByOidcIdentity(issuer, subject).orElseGet(() -> {
            String email = user.getEmail() == null ? null : user.getEmail().trim().toLowerCase(Locale.ROOT);
            // an existing local account is linked only when the provider vouches for the address
            boolean verified = email != null && Boolean.TRUE.equals(user.getEmailVerified());
            Account account = verified ? accounts.findByEmail(email).orElse(null) : null;
            if (account == null) {
                String name = user.getFullName() != null ? user.getFullName()
                        : user.getGivenName() != null ? user.getGivenName() : "Ny användare";
                boolean emailFree = email != null && !accounts.existsByEmail(email);
                account = new Account(emailFree ? email : "oidc-" + AccountTokens.hash(issuer + subject).substring(0, 24)
                        + "@users.invalid", name.length() > 80 ? name.substring(0, 80) : name, "sv", clock.instant());
            }
            if (verified) {
                account.markEmailVerified();
            }
            account.linkOidc(issuer, subject);
            return accounts.saveAndFlush(account);
        }));
        if (result == null) {
            throw new IllegalStateException("No account");
        }
        return result;
    }
}
