package se.brobygge.events.internal;

import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.brobygge.events.EventId;
import se.brobygge.events.EventPhotoService;

/**
 * Serves an event's photo and its small copy as JPEG. Their addresses carry the photo's version,
 * so browsers may keep them for a day; "private" because an event waiting for review is not public.
 */
@RestController
class EventPhotoController {

    private final EventPhotoService photos;

    EventPhotoController(EventPhotoService photos) {
        this.photos = photos;
    }

    @GetMapping("/images/events/{eventId:[0-9]+}.jpg")
    ResponseEntity<byte[]> photo(@PathVariable long eventId) {
        return jpeg(photos.jpeg(new EventId(eventId), false), eventId);
    }

    @GetMapping("/images/events/{eventId:[0-9]+}-small.jpg")
    ResponseEntity<byte[]> small(@PathVariable long eventId) {
        return jpeg(photos.jpeg(new EventId(eventId), true), eventId);
    }

    private static ResponseEntity<byte[]> jpeg(Optional<byte[]> photo, long eventId) {
        return photo.map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Disposition", "inline; filename=\"evenemang-foto-" + eventId + ".jpg\"")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
