package se.brobygge.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.identity.OrganisationKind;

public interface RepresentationRepository extends JpaRepository<RepresentationEntity, Long> {

    @Query("select r from RepresentationEntity r where r.accountId = ?1")
    List<RepresentationEntity> findByAccount(long accountId);

    @Query(
            "select count(r) > 0 from RepresentationEntity r where r.accountId = ?1 and r.kind = ?2 and r.organisationId = ?3")
    boolean exists(long accountId, OrganisationKind kind, long organisationId);

    @Query(
            "select r from RepresentationEntity r where r.kind = ?1 and r.organisationId = ?2 order by r.grantedAt, r.id")
    List<RepresentationEntity> findByOrganisation(OrganisationKind kind, long organisationId);

    /** The organisation's representatives, locked: removals of one organisation take turns here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RepresentationEntity r where r.kind = ?1 and r.organisationId = ?2")
    List<RepresentationEntity> lockByOrganisation(OrganisationKind kind, long organisationId);

    @Query("select r.accountId from RepresentationEntity r where r.kind = ?1 and r.organisationId = ?2")
    List<Long> accountsOf(OrganisationKind kind, long organisationId);

    @Query("select r.organisationId from RepresentationEntity r where r.accountId = ?1 and r.kind = ?2")
    List<Long> organisationsOf(long accountId, OrganisationKind kind);

    @Modifying
    @Query("delete from RepresentationEntity r where r.accountId = ?1 and r.kind = ?2 and r.organisationId = ?3")
    int delete(long accountId, OrganisationKind kind, long organisationId);
}
