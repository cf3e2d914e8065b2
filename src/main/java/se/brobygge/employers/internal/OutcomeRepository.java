package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutcomeRepository extends JpaRepository<OutcomeEntity, Long> {

    @Query("select o from OutcomeEntity o where o.sessionId = ?1 order by o.occurredOn")
    List<OutcomeEntity> ofSession(long sessionId);

    @Query("select o from OutcomeEntity o where o.sessionId in ?1")
    List<OutcomeEntity> ofSessions(Collection<Long> sessionIds);
}
