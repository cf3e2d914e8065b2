package se.brobygge.places.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.brobygge.places.PlacePhotoService;

/**
 * Serves photos as JPEG. A photo never changes (a new upload gets a new id), so browsers and
 * proxies may keep it for a day; "private" because photos of proposals are not public.
 */
@RestController
class PlacePhotoController {

    private final PlacePhotoService photos;

    PlacePhotoController(PlacePhotoService photos) {
        this.photos = photos;
    }

    @GetMapping("/images/places/{photoId:[0-9]+}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long photoId) {
        return jpeg(photos.jpeg(photoId), photoId);
    }

    /** The small picture a list shows beside a place. */
    @GetMapping("/images/places/{photoId:[0-9]+}-small.jpg")
    ResponseEntity<byte[]> small(@PathVariable long photoId) {
        return jpeg(photos.smallJpeg(photoId), photoId);
    }

    private static ResponseEntity<byte[]> jpeg(Optional<byte[]> photo, long photoId) {
        return photo.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline; filename=\"plats-foto-" + photoId + ".jpg\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
