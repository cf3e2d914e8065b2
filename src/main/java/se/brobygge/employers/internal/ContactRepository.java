package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<ContactEntity, Long> {

    @Query("select c from ContactEntity c where c.sessionId = ?1")
    List<ContactEntity> ofSession(long sessionId);

    @Query("select c from ContactEntity c where c.sessionId = ?1 and c.fromAccount = ?2 and c.toAccount = ?3")
    Optional<ContactEntity> find(long sessionId, long from, long to);

    @Query("select c from ContactEntity c where c.sessionId in ?1")
    List<ContactEntity> ofSessions(Collection<Long> sessionIds);
}
