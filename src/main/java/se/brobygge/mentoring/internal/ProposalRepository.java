package se.brobygge.mentoring.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.mentoring.ProposalStatus;

public interface ProposalRepository extends JpaRepository<ProposalEntity, Long> {
    @Query("select p from ProposalEntity p where p.roundId = ?1 order by p.score desc, p.id")
    List<ProposalEntity> ofRound(long roundId);

    @Modifying
    @Query("delete from ProposalEntity p where p.roundId = ?1 and p.status in ?2")
    void deleteOfRound(long roundId, Collection<ProposalStatus> statuses);
}
