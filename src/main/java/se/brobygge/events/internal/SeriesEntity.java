package se.brobygge.events.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.SeriesRule;

@Entity
@Table(name = "events_series")
public class SeriesEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeriesRule.Frequency frequency = SeriesRule.Frequency.WEEKLY;

    @Column(name = "first_date", nullable = false)
    private LocalDate firstDate = LocalDate.EPOCH;

    @Column(name = "until_date", nullable = false)
    private LocalDate until = LocalDate.EPOCH;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "events_series_exception", joinColumns = @JoinColumn(name = "series_id"))
    @Column(name = "skipped_on")
    private Set<LocalDate> skipped = new HashSet<>();

    protected SeriesEntity() {}

    public SeriesEntity(
            SeriesRule.Frequency frequency,
            LocalDate firstDate,
            LocalDate until,
            Set<LocalDate> skipped,
            long organiserId,
            Instant createdAt) {
        this.frequency = frequency;
        this.firstDate = firstDate;
        this.until = until;
        this.skipped.addAll(skipped);
        this.organiserId = organiserId;
        this.createdAt = createdAt;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Series not saved yet");
        }
        return id;
    }

    public SeriesRule.Frequency frequency() {
        return frequency;
    }

    public LocalDate until() {
        return until;
    }

    public Set<LocalDate> skipped() {
        return Set.copyOf(skipped);
    }

    public void skip(LocalDate date) {
        skipped.add(date);
    }

    public long organiserId() {
        return organiserId;
    }
}
