package se.brobygge.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventPhotoRepository extends JpaRepository<EventPhotoEntity, Long> {

    @Query("""
            select new se.brobygge.events.internal.EventPhotoRow(p.eventId, p.altText, p.width, p.height, p.version)
            from EventPhotoEntity p where p.eventId in :eventIds""")
    List<EventPhotoRow> rowsOf(Collection<Long> eventIds);

    @Query("select p.content from EventPhotoEntity p where p.eventId = :eventId")
    Optional<byte[]> contentOf(long eventId);

    @Query("select p.small from EventPhotoEntity p where p.eventId = :eventId")
    Optional<byte[]> smallOf(long eventId);
}
