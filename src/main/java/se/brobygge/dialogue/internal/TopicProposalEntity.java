package se.brobygge.dialogue.internal;

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
import se.brobygge.dialogue.ProposalStatus;

@Entity
@Table(name = "dialogue_proposal")
class TopicProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(nullable = false)
    String title = "";

    @Column(nullable = false)
    String description = "";

    @Column(nullable = false)
    String language = "sv";

    @Column(name = "proposed_by", nullable = false)
    long proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ProposalStatus status = ProposalStatus.PROPOSED;

    @Column(name = "decline_reason")
    @Nullable
    String declineReason;

    @Column(name = "dialogue_id")
    @Nullable
    Long dialogueId;

    @Column(nullable = false)
    boolean hidden;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "decided_at")
    @Nullable
    Instant decidedAt;

    @Version
    long version;

    protected TopicProposalEntity() {}

    TopicProposalEntity(String title, String description, String language, long proposedBy, Instant now) {
        this.title = title;
        this.description = description;
        this.language = language;
        this.proposedBy = proposedBy;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }
}
