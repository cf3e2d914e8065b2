package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_round")
class RoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(nullable = false)
    String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RoundStatus status = RoundStatus.RUNNING;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "computed_at")
    @Nullable
    Instant computedAt;

    @Column(name = "confirmed_by")
    @Nullable
    Long confirmedBy;

    @Column(name = "confirmed_at")
    @Nullable
    Instant confirmedAt;

    @Column(name = "total_score", nullable = false)
    long totalScore;

    @Nullable
    String failure;

    @Version
    long version;

    protected RoundEntity() {}

    RoundEntity(String name, long createdBy, Instant now) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }
}
