package se.brobygge.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.dialogue.internal.Dialogues;
import se.brobygge.dialogue.internal.Summaries;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;

/** Dialogues: anyone reads; staff open, close, summarise and export; signed-in residents follow. */
@Service
@PreAuthorize("permitAll()")
public class DialogueService {

    private final Dialogues dialogues;
    private final Summaries summaries;
    private final Actors actors;

    DialogueService(Dialogues dialogues, Summaries summaries, Actors actors) {
        this.dialogues = dialogues;
        this.summaries = summaries;
        this.actors = actors;
    }

    public List<Dialogue> list() {
        return dialogues.list();
    }

    /** Visible posts per dialogue, in one query. */
    public Map<DialogueId, Long> postCounts(List<DialogueId> ids) {
        return dialogues.postCounts(ids);
    }

    public Optional<Dialogue> find(DialogueId id) {
        return dialogues.find(id);
    }

    /** @throws InvalidInputException with field errors; nothing saved */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public DialogueId open(DialogueDraft draft) {
        return dialogues.create(draft, actors.require());
    }

    /** @throws InvalidInputException with field errors, or "title" when someone changed it meanwhile */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public void update(DialogueId id, DialogueDraft draft, long expectedVersion) {
        dialogues.update(id, draft, expectedVersion);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public void close(DialogueId id) {
        dialogues.close(id);
    }

    /** Writes (or corrects) the summary of a closed dialogue; the first one notifies participants and followers. */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public void summarise(DialogueId id, Summary summary) {
        summaries.summarise(id, summary);
    }

    @PreAuthorize("isAuthenticated()")
    public void follow(DialogueId id, boolean follow) {
        dialogues.follow(id, actors.require().id(), follow);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean following(DialogueId id) {
        return dialogues.follows(id, actors.require().id());
    }

    public DialogueStatistics statistics(DialogueId id) {
        return summaries.statistics(id);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public byte[] exportPdf(DialogueId id, Locale locale) {
        return summaries.pdf(id, locale);
    }

    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public byte[] exportCsv(DialogueId id, Locale locale) {
        return summaries.csv(id, locale);
    }
}
