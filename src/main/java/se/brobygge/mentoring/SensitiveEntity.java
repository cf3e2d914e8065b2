package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mentoring_sensitive")
class SensitiveEntity {

    @Id
    @Column(name = "account_id")
    long accountId;

    @Column(name = "country_of_origin")
    @Nullable
    String countryOfOrigin;

    @Column(name = "arrival_year")
    @Nullable
    Integer arrivalYear;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    protected SensitiveEntity() {}

    SensitiveEntity(long accountId) {
        this.accountId = accountId;
    }
}
