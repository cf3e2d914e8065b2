package se.brobygge.places.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.brobygge.places.PlaceStatus;

public interface PlaceRepository extends JpaRepository<PlaceEntity, Long> {

    /** Places in a status, optionally in one area and with the given facts, by name. */
    @Query("""
            select p from PlaceEntity p
            where p.status = :status
              and (:area is null or p.area = :area)
              and (:stepFree = false or p.stepFree = true)
              and (:hearingLoop = false or p.hearingLoop = true)
              and (:accessibleToilet = false or p.accessibleToilet = true)
            order by p.name""")
    List<PlaceEntity> search(
            PlaceStatus status, @Nullable String area, boolean stepFree, boolean hearingLoop, boolean accessibleToilet);

    @Query("select p from PlaceEntity p order by p.status, p.name")
    List<PlaceEntity> findAllForStaff();

    @Query("select p from PlaceEntity p where p.proposedBy = :accountId order by p.createdAt desc")
    List<PlaceEntity> findByProposer(long accountId);

    boolean existsByName(String name);
}
