package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RoundMemberRepository extends JpaRepository<RoundMemberEntity, RoundMemberEntity.Key> {
    List<RoundMemberEntity> findByRoundId(long roundId);

    @Modifying
    @Query("delete from RoundMemberEntity m where m.roundId = ?1 and m.accountId = ?2 and m.mentee = ?3")
    void remove(long roundId, long accountId, boolean mentee);
}
