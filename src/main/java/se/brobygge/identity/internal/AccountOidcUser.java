package se.brobygge.identity.internal;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser.AccountPrincipal;

/** A user signed in through the municipality's identity provider, linked to a Brobygge account. */
class AccountOidcUser extends DefaultOidcUser implements AccountPrincipal {

    private final AccountId accountId;
    private final String displayName;

    AccountOidcUser(
            AccountId accountId,
            String displayName,
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
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
