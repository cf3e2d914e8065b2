package se.brobygge.associations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.associations.AssociationType;

public interface AssociationRepository extends JpaRepository<AssociationEntity, Long> {

    boolean existsByOrganisationNumber(String organisationNumber);

    @Query("select a from AssociationEntity a where a.organisationNumber = ?1")
    Optional<AssociationEntity> findByOrganisationNumber(String organisationNumber);

    /** The public directory: every association not suspended, filtered; verified ones first. */
    @Query("""
            select a from AssociationEntity a
            where a.suspendedReason is null
              and (:all = true or a.id in :ids)
              and (:type is null or a.type = :type)
              and (:area is null or :area member of a.areas)
              and (:language is null or :language member of a.languages)
              and (:newcomerHelp = false or a.newcomerHelp = true)
              and (:free = false or a.feeSek is null or a.feeSek = 0)
            order by a.verified desc, a.name, a.id""")
    List<AssociationEntity> directory(
            boolean all,
            Collection<Long> ids,
            @Nullable AssociationType type,
            @Nullable String area,
            @Nullable String language,
            boolean newcomerHelp,
            boolean free,
            Pageable page);

    @Query("select a from AssociationEntity a where a.suspendedReason is null order by a.id")
    List<AssociationEntity> listed();

    @Query("select a from AssociationEntity a where a.verified = false order by a.createdAt, a.id")
    List<AssociationEntity> unverified();

    @Query("select count(a) from AssociationEntity a where a.verified = false")
    long countUnverified();

    @Query("select a from AssociationEntity a where a.suspendedReason is not null order by a.name, a.id")
    List<AssociationEntity> suspended();

    @Query("select a from AssociationEntity a where a.id in ?1 order by a.name, a.id")
    List<AssociationEntity> findAllByIdIn(Collection<Long> ids);
}
