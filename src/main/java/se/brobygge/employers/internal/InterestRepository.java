package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InterestRepository extends JpaRepository<InterestEntity, Long> {

    @Query("select i from InterestEntity i where i.postingId = ?1 and i.accountId = ?2")
    Optional<InterestEntity> find(long postingId, long accountId);

    @Query("select i from InterestEntity i where i.postingId = ?1 order by i.createdAt")
    List<InterestEntity> forPosting(long postingId);

    @Query("select i from InterestEntity i where i.accountId = ?1 order by i.createdAt desc")
    List<InterestEntity> sentBy(long accountId);

    @Query(
            "select i from InterestEntity i where i.accountId = ?1 and i.postingId in (select p.id from PostingEntity p where p.employerId in ?2)")
    List<InterestEntity> sentTo(long accountId, Collection<Long> employerIds);
}
