package se.brobygge.mentoring.internal;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.shared.InvalidInputException;

/**
 * A matching round: RUNNING while the solver works, PROPOSED (or FAILED) when it is done, and
 * CONFIRMED once. Its version makes a confirmation fail when the round changed since it was shown.
 */
@Entity
@Table(name = "mentoring_round")
public class RoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status = RoundStatus.RUNNING;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "computed_at")
    private @Nullable Instant computedAt;

    @Column(name = "confirmed_by")
    private @Nullable Long confirmedBy;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "total_score", nullable = false)
    private long totalScore;

    private @Nullable String failure;

    @Version
    private long version;

    protected RoundEntity() {}

    public RoundEntity(String name, long createdBy, Instant now) {
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Computes again: only a proposed or failed round may. */
    public void rerun() {
        if (status != RoundStatus.PROPOSED && status != RoundStatus.FAILED) {
            throw notOpen();
        }
        status = RoundStatus.RUNNING;
    }

    /**
     * A change to the round's proposals is a change to the round: a confirmation based on the
     * state before fails.
     */
    public void proposalsChanged(Instant now) {
        if (status != RoundStatus.PROPOSED) {
            throw notOpen();
        }
        computedAt = now;
    }

    /**
     * The round can be confirmed as the coordinator saw it.
     *
     * @throws InvalidInputException "round" with "mentoring.round.alreadyConfirmed", ".running" or
     *     ".changedMeanwhile"
     */
    public void requireConfirmable(long expectedVersion) {
        if (status == RoundStatus.CONFIRMED) {
            throw new InvalidInputException("round", "mentoring.round.alreadyConfirmed");
        }
        if (status != RoundStatus.PROPOSED) {
            throw new InvalidInputException("round", "mentoring.round.running");
        }
        if (version != expectedVersion) {
            throw new InvalidInputException("round", "mentoring.round.changedMeanwhile");
        }
    }

    public void confirm(long by, Instant at, long expectedVersion) {
        requireConfirmable(expectedVersion);
        status = RoundStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    /** The solver's result is stored. */
    public void proposed(long totalScore, Instant at) {
        status = RoundStatus.PROPOSED;
        this.totalScore = totalScore;
        computedAt = at;
        failure = null;
    }

    public void failed(String failure) {
        status = RoundStatus.FAILED;
        this.failure = failure;
    }

    private InvalidInputException notOpen() {
        return new InvalidInputException(
                "round",
                status == RoundStatus.CONFIRMED ? "mentoring.round.alreadyConfirmed" : "mentoring.round.running");
    }

    public RoundId id() {
        return new RoundId(Objects.requireNonNull(id));
    }

    public String name() {
        return name;
    }

    public RoundStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant computedAt() {
        return computedAt;
    }

    public long totalScore() {
        return totalScore;
    }

    public @Nullable String failure() {
        return failure;
    }

    public long version() {
        return version;
    }
}
