package se.brobygge.mentoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.matching.UnmatchedReason;

@Entity
@Table(name = "mentoring_unmatched")
class UnmatchedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "account_id", nullable = false)
    long accountId;

    @Column(nullable = false)
    boolean mentee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    UnmatchedReason reason = UnmatchedReason.NO_SHARED_LANGUAGE;

    protected UnmatchedEntity() {}

    UnmatchedEntity(long roundId, long accountId, boolean mentee, UnmatchedReason reason) {
        this.roundId = roundId;
        this.accountId = accountId;
        this.mentee = mentee;
        this.reason = reason;
    }
}
