package se.brobygge.associations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "associations_logo")
public class LogoEntity {

    @Id
    @Column(name = "association_id")
    private long associationId;

    @Column(nullable = false)
    private byte[] content = new byte[0];

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected LogoEntity() {}

    public LogoEntity(long associationId, byte[] content, Instant uploadedAt) {
        this.associationId = associationId;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    public void replace(byte[] content, Instant at) {
        this.content = content;
        this.uploadedAt = at;
    }

    public byte[] content() {
        return content;
    }
}
