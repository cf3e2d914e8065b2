package se.brobygge.identity.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The authorities of an account: its granted roles, plus ASSOCIATION_REP or EMPLOYER while it
 * represents such an organisation.
 */
@Component
public class AccountAuthorities {

    private final RepresentationRepository representations;

    AccountAuthorities(RepresentationRepository representations) {
        this.representations = representations;
    }

    public Set<String> roles(Account account, Collection<String> extraRoles) {
        Set<String> roles = new TreeSet<>(account.roles());
        roles.addAll(extraRoles);
        representations
                .findByAccount(account.accountId().value())
                .forEach(r -> roles.add(r.kind().role()));
        return roles;
    }

    public static Set<GrantedAuthority> authorities(Collection<String> roles) {
        Set<GrantedAuthority> authorities = new HashSet<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        return authorities;
    }
}
