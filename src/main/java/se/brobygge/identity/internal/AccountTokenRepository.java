package se.brobygge.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    /** Locks the row so that a token is used once even when two requests race. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from AccountToken t where t.tokenHash = ?1 and t.purpose = ?2")
    Optional<AccountToken> findForUse(String tokenHash, TokenPurpose purpose);

    @Query("select t from AccountToken t where t.tokenHash = ?1 and t.purpose = ?2")
    Optional<AccountToken> findForCheck(String tokenHash, TokenPurpose purpose);

    @Modifying
    @Query("update AccountToken t set t.usedAt = ?3 where t.accountId = ?1 and t.purpose = ?2 and t.usedAt is null")
    int invalidateAll(long accountId, TokenPurpose purpose, Instant now);
}
