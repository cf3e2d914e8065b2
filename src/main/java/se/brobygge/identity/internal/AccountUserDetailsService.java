package se.brobygge.identity.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts (e-mail and password) for form login. Not a bean: only the login provider uses it. */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountAuthorities authorities;

    AccountUserDetailsService(AccountRepository accounts, AccountAuthorities authorities) {
        this.accounts = accounts;
        this.authorities = authorities;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(username.trim().toLowerCase(Locale.ROOT))
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
        return new AccountUser(
                account.accountId(),
                account.email(),
                account.passwordHash(),
                account.displayName(),
                account.emailVerified(),
                AccountAuthorities.authorities(authorities.roles(account, List.of())));
    }
}
