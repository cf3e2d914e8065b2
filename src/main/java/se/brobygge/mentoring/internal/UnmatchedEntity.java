package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.UnmatchedReason;

/** A person a round left without a partner, with the reason. */
@Entity
@Table(name = "mentoring_unmatched")
public class UnmatchedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false)
    private boolean mentee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnmatchedReason reason = UnmatchedReason.NO_SHARED_LANGUAGE;

    protected UnmatchedEntity() {}

    public UnmatchedEntity(RoundId round, long accountId, boolean mentee, UnmatchedReason reason) {
        this.roundId = round.value();
        this.accountId = accountId;
        this.mentee = mentee;
        this.reason = reason;
    }

    public long accountId() {
        return accountId;
    }

    public boolean mentee() {
        return mentee;
    }

    public UnmatchedReason reason() {
        return reason;
    }
}
