package se.brobygge.events.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event's photo: the re-encoded JPEG and its small copy. Pages read {@link EventPhotoRow} instead. */
@Entity
@Table(name = "events_event_photo")
public class EventPhotoEntity {

    @Id
    @Column(name = "event_id")
    private long eventId;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "mediumblob")
    private byte[] small;

    @Column(nullable = false)
    private int version;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EventPhotoEntity() {
        this.altText = "";
        this.content = new byte[0];
        this.small = new byte[0];
        this.uploadedAt = Instant.EPOCH;
    }

    public EventPhotoEntity(long eventId) {
        this();
        this.eventId = eventId;
    }

    /** Puts a new photo in place of the old one (or the first), with a new address. */
    public void replace(String altText, int width, int height, byte[] content, byte[] small, Instant at) {
        this.altText = altText;
        this.width = width;
        this.height = height;
        this.content = content;
        this.small = small;
        this.version++;
        this.uploadedAt = at;
    }

    public long eventId() {
        return eventId;
    }
}
