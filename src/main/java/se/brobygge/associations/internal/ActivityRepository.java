package se.brobygge.associations.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<ActivityEntity, Long> {

    @Query("select a from ActivityEntity a where a.associationId in ?1 order by a.weekday, a.startsAt, a.id")
    List<ActivityEntity> ofAssociations(Collection<Long> associationIds);
}
