package se.brobygge.identity.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.text.PlainText;

/**
 * Turns an OIDC login into a Brobygge account: links it by issuer and subject (or by a verified
 * e-mail address the first time) and maps the groups claim to roles by configuration. Roles from
 * the identity provider are read afresh at every login, so removing someone from a staff group takes
 * effect at their next login; the last login's roles are kept only to write each change to the
 * staff-access audit log.
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
    private final AccessAudit audit;

    OidcAccountUserService(
            AccountRepository accounts,
            AccountAuthorities authorities,
            BrobyggeProperties properties,
            TransactionTemplate transactions,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
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
        auditRoleChange(account, mapped, request.getClientRegistration().getRegistrationId());
        Set<String> found = transactions.execute(s -> authorities.roles(account, mapped));
        Set<String> roles = new TreeSet<>(found == null ? Set.of() : found);
        if (roles.isEmpty()) {
            roles.add(Roles.RESIDENT);
        }
        log.info("OIDC login of account {} with roles {}", account.accountId(), roles);
        return new AccountOidcUser(
                account.accountId(),
                account.displayName(),
                AccountAuthorities.authorities(roles),
                user.getIdToken(),
                user.getUserInfo());
    }

    /**
     * Writes a ROLE_CHANGE record when the roles from the provider's groups differ from those of the
     * person's previous OIDC login: the change was made in the identity provider and takes effect now.
     * The person is recorded as the actor, and the provider as the place.
     */
    private void auditRoleChange(Account account, Set<String> mapped, String provider) {
        String now = String.join(",", new TreeSet<>(mapped));
        String before = account.oidcRoles();
        if (now.equals(before)) {
            return;
        }
        long id = account.accountId().value();
        transactions.executeWithoutResult(status -> {
            accounts.findById(id).ifPresent(a -> a.rememberOidcRoles(now));
            audit.record(new StaffAccess(
                    id,
                    AccessKind.ROLE_CHANGE,
                    id,
                    "identity:oidc-roles:" + (before.isEmpty() ? "-" : before) + "->" + (now.isEmpty() ? "-" : now),
                    "oidc-login:" + provider));
        });
        log.info("Roles from the identity provider for account {} changed from [{}] to [{}]", id, before, now);
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
        String subject = Objects.requireNonNull(user.getSubject(), "an ID token always names its subject");
        Account result = transactions.execute(status -> accounts.findByOidcIdentity(issuer, subject)
                .orElseGet(() -> {
                    String email = user.getEmail() == null
                            ? null
                            : user.getEmail().trim().toLowerCase(Locale.ROOT);
                    // an existing local account is linked only when the provider vouches for the address
                    boolean verified = email != null && Boolean.TRUE.equals(user.getEmailVerified());
                    Account account = verified && email != null
                            ? accounts.findByEmail(email).orElse(null)
                            : null;
                    if (account == null) {
                        String name = PlainText.line(
                                user.getFullName() != null
                                        ? user.getFullName()
                                        : user.getGivenName() != null ? user.getGivenName() : "");
                        name = name.isEmpty() ? "Ny användare" : name;
                        account = new Account(
                                email != null && !accounts.existsByEmail(email)
                                        ? email
                                        : "oidc-"
                                                + AccountTokens.hash(issuer + subject)
                                                        .substring(0, 24) + "@users.invalid",
                                name.length() > 80 ? name.substring(0, 80) : name,
                                "sv",
                                clock.instant());
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
