package se.brobygge.events;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.events.internal.EventEntity;
import se.brobygge.events.internal.EventPhotoEntity;
import se.brobygge.events.internal.EventPhotoRepository;
import se.brobygge.events.internal.EventPhotoRow;
import se.brobygge.events.internal.EventRepository;
import se.brobygge.events.internal.Organisers;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.upload.Photos;

/**
 * An event's one photo, through the same path as photos of places (checked by its bytes, re-encoded
 * without metadata, kept in the database): its organiser or staff upload and remove it, everyone
 * who may see the event sees it, and lists show its small copy.
 */
@Service
@PreAuthorize("permitAll()")
public class EventPhotoService {

    public static final int MAX_BYTES = Photos.MAX_BYTES;
    static final int ALT_TEXT_MAX = 200;

    private final EventRepository events;
    private final EventPhotoRepository photos;
    private final Organisers organisers;
    private final Clock clock;

    EventPhotoService(EventRepository events, EventPhotoRepository photos, Organisers organisers, Clock clock) {
        this.events = events;
        this.photos = photos;
        this.organisers = organisers;
        this.clock = clock;
    }

    /**
     * Gives the event its photo, in place of any earlier one.
     *
     * @throws InvalidInputException field {@code photo} (size, type, unreadable) or {@code altText};
     *     nothing is saved
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public EventPhoto upload(EventId id, byte[] content, String altText) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        String alt = altText(altText);
        Photos.Reencoded jpeg = Photos.reencode(content, "events.error.photo");
        byte[] small = Photos.small(jpeg.bytes(), Photos.SMALL_EDGE);
        EventPhotoEntity photo = photos.findById(id.value()).orElseGet(() -> new EventPhotoEntity(id.value()));
        photo.replace(alt, jpeg.width(), jpeg.height(), jpeg.bytes(), small, clock.instant());
        photos.saveAndFlush(photo);
        return photo(id).orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(EventId id) {
        EventEntity event = events.lockById(id.value()).orElseThrow();
        organisers.requireOrganiserOrStaff(event);
        photos.deleteById(id.value());
    }

    /** The photo's description and size, if the event has one. */
    @Transactional(readOnly = true)
    public Optional<EventPhoto> photo(EventId id) {
        return photos.rowsOf(List.of(id.value())).stream().findFirst().map(EventPhotoService::photo);
    }

    /** The photos of the events in a list, by event; events without one are not in the map. */
    @Transactional(readOnly = true)
    public Map<EventId, EventPhoto> photos(Collection<EventId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return photos.rowsOf(ids.stream().map(EventId::value).toList()).stream()
                .map(EventPhotoService::photo)
                .collect(Collectors.toUnmodifiableMap(EventPhoto::eventId, Function.identity()));
    }

    /**
     * The JPEG (or its small copy) while the event can be seen by the reader: published or
     * cancelled for everyone, waiting for review or declined only for its organiser and staff.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> jpeg(EventId id, boolean small) {
        Optional<EventEntity> event = events.findById(id.value())
                .filter(e -> e.status() == EventStatus.PUBLISHED
                        || e.status() == EventStatus.CANCELLED
                        || organisers.mayManage(e));
        if (event.isEmpty()) {
            return Optional.empty();
        }
        return small ? photos.smallOf(id.value()) : photos.contentOf(id.value());
    }

    private static String altText(String altText) {
        String alt = altText.strip();
        if (alt.isEmpty() || alt.length() > ALT_TEXT_MAX) {
            throw new InvalidInputException("altText", "events.error.photo.altText");
        }
        return alt;
    }

    private static EventPhoto photo(EventPhotoRow row) {
        return new EventPhoto(new EventId(row.eventId()), row.altText(), row.width(), row.height(), row.version());
    }
}
