package se.brobygge.mentoring.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;

/** Hides and shows the module's user text (profile goals, meeting-log lines) as moderation decides. */
@Component
class MentoringModeration {

    private final ProfileRepository profiles;
    private final MeetingRepository meetings;

    MentoringModeration(ProfileRepository profiles, MeetingRepository meetings) {
        this.profiles = profiles;
        this.meetings = meetings;
    }

    @EventListener
    @Transactional
    public void on(ContentHidden event) {
        set(event.ref(), true);
    }

    @EventListener
    @Transactional
    public void on(ContentRestored event) {
        set(event.ref(), false);
    }

    private void set(ContentRef ref, boolean hidden) {
        if (!ref.module().equals("mentoring")) {
            return;
        }
        switch (ref.type()) {
            case "goals" ->
                profiles.findById(ref.id()).ifPresent(hidden ? ProfileEntity::hideGoals : ProfileEntity::restoreGoals);
            case "meeting" ->
                meetings.findById(ref.id()).ifPresent(hidden ? MeetingEntity::hide : MeetingEntity::restore);
            default -> {}
        }
    }
}
