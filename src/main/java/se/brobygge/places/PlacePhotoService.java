package se.brobygge.places;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.places.internal.PhotoEntity;
import se.brobygge.places.internal.PhotoRepository;
import se.brobygge.places.internal.PhotoRow;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.upload.Photos;
import se.brobygge.shared.upload.Photos.Reencoded;

/**
 * Photos of meeting places. An upload is checked by its bytes (never its file name), decoded and
 * re-encoded as JPEG: that drops every bit of metadata (EXIF, GPS position, camera serial) and any
 * payload hidden in the file. Photos live in the database so every application node serves them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PlacePhotoService {

    public static final int MAX_BYTES = Photos.MAX_BYTES;
    public static final int MAX_EDGE = Photos.MAX_EDGE;
    static final int ALT_TEXT_MAX = 200;

    private final PhotoRepository photos;
    private final PlaceService places;
    private final Clock clock;

    PlacePhotoService(PhotoRepository photos, PlaceService places, Clock clock) {
        this.photos = photos;
        this.places = places;
        this.clock = clock;
    }

    /**
     * Adds a photo. Staff may add to any place, the proposer to their proposal while it waits.
     *
     * @throws InvalidInputException field {@code photo} (size, type, unreadable) or {@code altText}
     */
    @Transactional
    public PlacePhoto upload(PlaceId placeId, byte[] content, String altText) {
        if (!places.mayEdit(placeId)) {
            throw new AccessDeniedException("Not allowed to add photos to place " + placeId);
        }
        String alt = altText.strip();
        if (alt.isEmpty() || alt.length() > ALT_TEXT_MAX) {
            throw new InvalidInputException("altText", "places.error.altText");
        }
        Reencoded jpeg = reencode(content);
        PhotoEntity saved = photos.save(
                new PhotoEntity(placeId.value(), alt, jpeg.width(), jpeg.height(), jpeg.bytes(), clock.instant()));
        return PlaceService.toPhoto(new PhotoRow(saved.id(), placeId.value(), alt, jpeg.width(), jpeg.height()));
    }

    @Transactional
    public void delete(long photoId) {
        PhotoEntity photo = photos.findById(photoId).orElseThrow(() -> new IllegalArgumentException("No photo"));
        if (!places.mayEdit(new PlaceId(photo.placeId()))) {
            throw new AccessDeniedException("Not allowed to delete photo " + photoId);
        }
        photos.delete(photo);
    }

    /** The JPEG bytes of a photo whose place the current visitor may see. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> jpeg(long photoId) {
        return photos.contentOf(photoId)
                .filter(c -> places.find(new PlaceId(c.placeId())).isPresent())
                .map(c -> c.content());
    }

    /** The photo made small for a list, or empty as {@link #jpeg(long)}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> smallJpeg(long photoId) {
        return jpeg(photoId).map(bytes -> Photos.small(bytes, Photos.SMALL_EDGE));
    }

    static Reencoded reencode(byte[] content) {
        return Photos.reencode(content, "places.error.photo");
    }
}
