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
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.ProposalStatus;
import se.brobygge.dialogue.TopicProposal;

@Entity
@Table(name = "dialogue_proposal")
class TopicProposalEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    @Column(nullable = false)
    private String language = "sv";

    @Column(name = "proposed_by", nullable = false)
    private long proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status = ProposalStatus.PROPOSED;

    @Column(name = "decline_reason")
    @Nullable
    private String declineReason;

    @Column(name = "dialogue_id")
    @Nullable
    private Long dialogueId;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "decided_at")
    @Nullable
    private Instant decidedAt;

    @Version
    private long version;

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

    long proposedBy() {
        return proposedBy;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    String language() {
        return language;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean decided() {
        return status != ProposalStatus.PROPOSED;
    }

    /** Out of sight until a moderator has looked (or while hidden by one). */
    void hide() {
        hidden = true;
    }

    void show() {
        hidden = false;
    }

    void accept(DialogueId dialogue, Instant now) {
        status = ProposalStatus.ACCEPTED;
        dialogueId = dialogue.value();
        decidedAt = now;
    }

    void decline(String reason, Instant now) {
        status = ProposalStatus.DECLINED;
        declineReason = reason;
        decidedAt = now;
    }

    TopicProposal toProposal(String proposedByName) {
        return new TopicProposal(
                id(),
                title,
                description,
                language,
                proposedByName,
                status,
                declineReason,
                dialogueId == null ? null : new DialogueId(dialogueId),
                createdAt);
    }
}
