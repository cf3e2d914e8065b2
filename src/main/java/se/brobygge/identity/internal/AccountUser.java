package se.brobygge.identity.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser.AccountPrincipal;

/** A local account as Spring Security sees it. */
class AccountUser extends User implements AccountPrincipal {

    private final AccountId accountId;
    private final String displayName;

    AccountUser(
            AccountId accountId,
            String email,
            @Nullable String passwordHash,
            String displayName,
            boolean verified,
            Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash == null ? "" : passwordHash, verified, true, true, true, authorities);
        this.accountId = accountId;
        this.displayName = displayName;
    }

    @Override
    public AccountId accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
