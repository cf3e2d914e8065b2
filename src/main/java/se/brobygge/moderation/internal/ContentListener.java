package se.brobygge.moderation.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.content.ContentBroadcast;
import se.brobygge.shared.content.ContentHeldForReview;
import se.brobygge.shared.content.ContentReported;
import se.brobygge.shared.content.ContentSubmitted;

/**
 * Hears about content from every module. Runs synchronously in the owner's transaction, so the
 * snapshot and the owner's row are saved together (or not at all), and a queued item is in the
 * queue the moment its owner hides it.
 */
@Component
class ContentListener {

    private final Intake intake;
    private final Journal journal;
    private final CurrentUser currentUser;

    ContentListener(Intake intake, Journal journal, CurrentUser currentUser) {
        this.intake = intake;
        this.journal = journal;
        this.currentUser = currentUser;
    }

    /** A message to many people goes into the action log: who, to how many, and what it said. */
    @EventListener
    void on(ContentBroadcast event) {
        journal.log(
                event.authorAccountId(),
                "BROADCAST",
                event.ref().toString(),
                event.recipients() + " · " + event.subject() + " · " + event.text(),
                event.sentAt());
    }

    @EventListener
    void on(ContentSubmitted event) {
        intake.submitted(
                event.ref(),
                event.authorAccountId(),
                event.text(),
                event.language(),
                event.link(),
                staffWriting(currentUser, event.authorAccountId()));
    }

    @EventListener
    void on(ContentHeldForReview event) {
        intake.heldForReview(event.ref());
    }

    @EventListener
    void on(ContentReported event) {
        intake.reportedElsewhere(
                event.ref(),
                event.authorAccountId(),
                event.reporterAccountId(),
                event.reason(),
                event.comment(),
                event.text(),
                event.link(),
                event.context());
    }

    /** Staff writing as themselves (official answers, background texts) skip pre-moderation. */
    static boolean staffWriting(CurrentUser currentUser, long authorId) {
        return currentUser.id().map(me -> me.value() == authorId).orElse(false)
                && (currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN));
    }
}
