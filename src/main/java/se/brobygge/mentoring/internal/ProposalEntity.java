package se.brobygge.mentoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import se.brobygge.mentoring.Criterion;
import se.brobygge.mentoring.ProposalStatus;
import se.brobygge.mentoring.RoundId;

/** A pair the solver proposed in a round, with its explanation; staff lock, reject or exclude it. */
@Entity
@Table(name = "mentoring_proposal")
public class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "mentee_id", nullable = false)
    private long menteeId;

    @Column(name = "mentor_id", nullable = false)
    private long mentorId;

    @Column(nullable = false)
    private int score;

    @Column(nullable = false)
    private String explanation = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status = ProposalStatus.PROPOSED;

    protected ProposalEntity() {}

    public ProposalEntity(RoundId round, long menteeId, long mentorId, int score, List<Criterion> explanation) {
        this.roundId = round.value();
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.score = score;
        this.explanation = Codec.criteria(explanation);
    }

    public void mark(ProposalStatus status) {
        this.status = status;
    }

    /** Proposed or locked: goes into the confirmation. */
    public boolean chosen() {
        return status == ProposalStatus.PROPOSED || status == ProposalStatus.LOCKED;
    }

    public long id() {
        return Objects.requireNonNull(id);
    }

    public RoundId roundId() {
        return new RoundId(roundId);
    }

    public long menteeId() {
        return menteeId;
    }

    public long mentorId() {
        return mentorId;
    }

    public int score() {
        return score;
    }

    public List<Criterion> explanation() {
        return Codec.criteria(explanation);
    }

    /** The explanation as stored, to be kept with the mentorship. */
    String storedExplanation() {
        return explanation;
    }

    public ProposalStatus status() {
        return status;
    }
}
