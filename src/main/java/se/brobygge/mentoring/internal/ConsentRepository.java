package se.brobygge.mentoring.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ConsentRepository extends JpaRepository<ConsentEntity, Long> {
    @Query("select c from ConsentEntity c where c.accountId = ?1 and c.withdrawnAt is null order by c.givenAt desc")
    List<ConsentEntity> activeOf(long accountId);
}
