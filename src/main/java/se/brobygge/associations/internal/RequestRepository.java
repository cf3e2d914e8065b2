package se.brobygge.associations.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.associations.RequestStatus;

public interface RequestRepository extends JpaRepository<RequestEntity, Long> {

    @Query("select r from RequestEntity r where r.associationId = ?1 order by r.createdAt desc, r.id desc")
    List<RequestEntity> ofAssociation(long associationId);

    @Query("select r from RequestEntity r where r.accountId = ?1 order by r.createdAt desc, r.id desc")
    List<RequestEntity> ofAccount(long accountId);

    @Query("select distinct r.associationId from RequestEntity r where r.accountId = ?1")
    List<Long> associationsAskedBy(long accountId);

    @Query("select distinct r.accountId from RequestEntity r where r.associationId in ?1")
    List<Long> askersOf(Collection<Long> associationIds);

    @Query("select count(r) from RequestEntity r where r.associationId = ?1 and r.status = ?2")
    long count(long associationId, RequestStatus status);
}
