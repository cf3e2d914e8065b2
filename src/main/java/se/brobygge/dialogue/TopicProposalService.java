package se.brobygge.dialogue;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.dialogue.internal.Proposals;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;

/** Residents propose topics; staff accept one (a dialogue opens) or decline it with a reason. */
@Service
@PreAuthorize("isAuthenticated()")
public class TopicProposalService {

    private final Proposals proposals;
    private final Actors actors;

    TopicProposalService(Proposals proposals, Actors actors) {
        this.proposals = proposals;
        this.actors = actors;
    }

    /** @throws InvalidInputException "title", "description", "language" */
    public long propose(String title, String description, String language) {
        return proposals.propose(title, description, language, actors.require());
    }

    public List<TopicProposal> mine() {
        return proposals.of(actors.require().id());
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public List<TopicProposal> waiting() {
        return proposals.waiting();
    }

    /** How many proposals wait for an answer (the staff inbox). */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public long waitingCount() {
        return proposals.waitingCount();
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public DialogueId accept(long proposalId, DialogueDraft draft) {
        return proposals.accept(proposalId, draft, actors.require());
    }

    /** @throws InvalidInputException "reason" when empty, or the proposal was decided already */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public void decline(long proposalId, String reason) {
        proposals.decline(proposalId, reason);
    }
}
