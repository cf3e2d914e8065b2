package se.brobygge.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select a from Account a where a.oidcIssuer = ?1 and a.oidcSubject = ?2")
    Optional<Account> findByOidcIdentity(String issuer, String subject);

    @Query("select a from Account a where lower(a.email) like lower(concat('%', ?1, '%')) "
            + "or lower(a.displayName) like lower(concat('%', ?1, '%')) order by a.displayName")
    List<Account> search(String query, Pageable page);

    long countByEmailVerifiedTrue();

    /** Pairs of account id and session epoch (see {@link Account#sessionEpoch()}). */
    @Query("select a.id, a.sessionEpoch from Account a where a.id in ?1")
    List<Object[]> sessionEpochs(Collection<Long> ids);

    @Query("select distinct a.id from Account a join a.roles r where r in ?1")
    List<Long> idsWithAnyRole(Collection<String> roles);

    @Query("select r, count(a) from Account a join a.roles r group by r")
    List<Object[]> countPerRole();
}
