package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Country of origin and year of arrival, given with consent; deleted when it is withdrawn. */
@Entity
@Table(name = "mentoring_sensitive")
public class SensitiveEntity {

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "country_of_origin")
    private @Nullable String countryOfOrigin;

    @Column(name = "arrival_year")
    private @Nullable Integer arrivalYear;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected SensitiveEntity() {}

    public SensitiveEntity(long accountId) {
        this.accountId = accountId;
    }

    public void update(@Nullable String countryOfOrigin, @Nullable Integer arrivalYear, Instant now) {
        this.countryOfOrigin = countryOfOrigin;
        this.arrivalYear = arrivalYear;
        this.updatedAt = now;
    }

    public @Nullable String countryOfOrigin() {
        return countryOfOrigin;
    }

    public @Nullable Integer arrivalYear() {
        return arrivalYear;
    }
}
