package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnmatchedRepository extends JpaRepository<UnmatchedEntity, Long> {
    List<UnmatchedEntity> findByRoundId(long roundId);

    @Modifying
    @Query("delete from UnmatchedEntity u where u.roundId = ?1")
    void deleteOfRound(long roundId);
}
