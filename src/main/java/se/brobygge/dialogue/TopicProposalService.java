package se.brobygge.dialogue;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.dialogue.internal.DialogueCore;
import se.brobygge.shared.InvalidInputException;

/** Residents propose topics; staff accept one (a dialogue opens) or decline it with a reason. */
@Service
@PreAuthorize("isAuthenticated()")
public class TopicProposalService {

    private final DialogueCore core;
    private final Actors actors;

    TopicProposalService(DialogueCore core, Actors actors) {
        this.core = core;
        this.actors = actors;
    }

    /** @throws InvalidInputException "title", "description", "language" */
    public long propose(String title, String description, String language) {
        return core.propose(title, description, language, actors.require());
    }

    public List<TopicProposal> mine() {
        return core.proposalsOf(actors.require().id());
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public List<TopicProposal> waiting() {
        return core.waitingProposals();
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public DialogueId accept(long proposalId, DialogueDraft draft) {
        return core.accept(proposalId, draft, actors.require());
    }

    /** @throws InvalidInputException "reason" when empty, or the proposal was decided already */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void decline(long proposalId, String reason) {
        core.decline(proposalId, reason);
    }
}
