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

@Entity
@Table(name = "mentoring_proposal")
class ProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "mentee_id", nullable = false)
    long menteeId;

    @Column(name = "mentor_id", nullable = false)
    long mentorId;

    @Column(nullable = false)
    int score;

    @Column(nullable = false)
    String explanation = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ProposalStatus status = ProposalStatus.PROPOSED;

    protected ProposalEntity() {}

    ProposalEntity(long roundId, long menteeId, long mentorId, int score, String explanation) {
        this.roundId = roundId;
        this.menteeId = menteeId;
        this.mentorId = mentorId;
        this.score = score;
        this.explanation = explanation;
    }

    long id() {
        return java.util.Objects.requireNonNull(id);
    }
}
