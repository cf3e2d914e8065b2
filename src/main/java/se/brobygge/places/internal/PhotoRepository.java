package se.brobygge.places.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PhotoRepository extends JpaRepository<PhotoEntity, Long> {

    @Query("""
            select new se.brobygge.places.internal.PhotoRow(p.id, p.placeId, p.altText, p.width, p.height)
            from PhotoEntity p where p.placeId in :placeIds order by p.id""")
    List<PhotoRow> rowsOf(Collection<Long> placeIds);

    @Query(
            "select new se.brobygge.places.internal.PhotoContent(p.placeId, p.content) from PhotoEntity p where p.id = :id")
    Optional<PhotoContent> contentOf(long id);
}
