package se.brobygge.employers.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.employers.EmployerStatus;

public interface EmployerRepository extends JpaRepository<EmployerEntity, Long> {

    @Query("select e from EmployerEntity e where e.orgNumber = ?1")
    Optional<EmployerEntity> findByOrgNumber(String orgNumber);

    @Query("select e from EmployerEntity e where e.status = ?1 order by e.createdAt")
    List<EmployerEntity> findByStatus(EmployerStatus status);

    long countByStatus(EmployerStatus status);

    @Query("select e from EmployerEntity e where e.registeredBy = ?1 order by e.name")
    List<EmployerEntity> registeredBy(long accountId);

    @Query("select e from EmployerEntity e where e.id in ?1 order by e.name")
    List<EmployerEntity> findAllByIds(Collection<Long> ids);
}
