package se.brobygge.support;

import java.security.Principal;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser.AccountPrincipal;

/** A signed-in account in browserless UI tests. */
public record TestPrincipal(AccountId accountId, String displayName, String email)
        implements AccountPrincipal, Principal {

    @Override
    public String getName() {
        return email;
    }
}
