package se.brobygge.events.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedTokenRepository extends JpaRepository<FeedTokenEntity, Long> {

    @Query("select t from FeedTokenEntity t where t.accountId = ?1")
    Optional<FeedTokenEntity> findByAccount(long accountId);

    @Query("select t from FeedTokenEntity t where t.tokenHash = ?1")
    Optional<FeedTokenEntity> findByHash(String tokenHash);
}
