package se.brobygge.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.identity.OrganisationKind;

public interface RepresentativeInvitationRepository extends JpaRepository<RepresentativeInvitationEntity, Long> {

    /** Locked, so that one link cannot be accepted twice at the same moment. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from RepresentativeInvitationEntity i where i.tokenDigest = ?1")
    Optional<RepresentativeInvitationEntity> lockByDigest(String digest);

    @Query("select i from RepresentativeInvitationEntity i where i.tokenDigest = ?1")
    Optional<RepresentativeInvitationEntity> findByDigest(String digest);

    @Query("""
            select i from RepresentativeInvitationEntity i
            where i.kind = ?1 and i.organisationId = ?2 and i.acceptedAt is null and i.cancelledAt is null
              and i.expiresAt > ?3
            order by i.invitedAt""")
    List<RepresentativeInvitationEntity> pending(OrganisationKind kind, long organisationId, Instant now);

    @Query("""
            select i from RepresentativeInvitationEntity i
            where i.kind = ?1 and i.organisationId = ?2 and i.email = ?3 and i.acceptedAt is null
              and i.cancelledAt is null""")
    List<RepresentativeInvitationEntity> openFor(OrganisationKind kind, long organisationId, String email);
}
