package se.brobygge.places.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo's bytes: JPEG, re-encoded on upload. Listings read {@link PhotoRow} instead. */
@Entity
@Table(name = "places_photo")
public class PhotoEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "place_id", nullable = false)
    private long placeId;

    @Column(name = "alt_text", nullable = false)
    private String altText;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PhotoEntity() {
        this.altText = "";
        this.content = new byte[0];
        this.createdAt = Instant.EPOCH;
    }

    public PhotoEntity(long placeId, String altText, int width, int height, byte[] content, Instant createdAt) {
        this.placeId = placeId;
        this.altText = altText;
        this.width = width;
        this.height = height;
        this.content = content;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Photo not saved yet");
        }
        return id;
    }

    public long placeId() {
        return placeId;
    }

    public String altText() {
        return altText;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public byte[] content() {
        return content;
    }
}
