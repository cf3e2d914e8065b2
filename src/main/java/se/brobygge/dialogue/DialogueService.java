package se.brobygge.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.dialogue.internal.DialogueCore;
import se.brobygge.shared.InvalidInputException;

/** Dialogues: anyone reads; staff open, close, summarise and export; signed-in residents follow. */
@Service
@PreAuthorize("permitAll()")
public class DialogueService {

    private final DialogueCore core;
    private final Actors actors;

    DialogueService(DialogueCore core, Actors actors) {
        this.core = core;
        this.actors = actors;
    }

    public List<Dialogue> list() {
        return core.list();
    }

    /** Visible posts per dialogue, in one query. */
    public Map<DialogueId, Long> postCounts(List<DialogueId> ids) {
        return core.postCounts(ids);
    }

    public Optional<Dialogue> find(DialogueId id) {
        return core.find(id);
    }

    /** @throws InvalidInputException with field errors; nothing saved */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public DialogueId open(DialogueDraft draft) {
        return core.create(draft, actors.require());
    }

    /** @throws InvalidInputException with field errors, or "title" when someone changed it meanwhile */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void update(DialogueId id, DialogueDraft draft, long expectedVersion) {
        core.update(id, draft, expectedVersion);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void close(DialogueId id) {
        core.close(id);
    }

    /** Writes (or corrects) the summary of a closed dialogue; the first one notifies participants and followers. */
    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public void summarise(DialogueId id, Summary summary) {
        core.summarise(id, summary);
    }

    @PreAuthorize("isAuthenticated()")
    public void follow(DialogueId id, boolean follow) {
        core.follow(id, actors.require().id(), follow);
    }

    @PreAuthorize("isAuthenticated()")
    public boolean following(DialogueId id) {
        return core.follows(id, actors.require().id());
    }

    public DialogueStatistics statistics(DialogueId id) {
        return core.statistics(id);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public byte[] exportPdf(DialogueId id, Locale locale) {
        return core.pdf(id, locale);
    }

    @PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
    public byte[] exportCsv(DialogueId id, Locale locale) {
        return core.csv(id, locale);
    }
}
