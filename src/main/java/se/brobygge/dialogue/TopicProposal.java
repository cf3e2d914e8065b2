package se.brobygge.dialogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record TopicProposal(
        long id,
        String title,
        String description,
        String language,
        String proposedByName,
        ProposalStatus status,
        @Nullable String declineReason,
        @Nullable DialogueId dialogueId,
        Instant createdAt) {}
