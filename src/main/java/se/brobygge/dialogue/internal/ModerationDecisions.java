package se.brobygge.dialogue.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;

/** Moderation hides and restores dialogue content; the dialogue renders "hidden by a moderator". */
@Component
class ModerationDecisions {

    private final PostRepository posts;
    private final TopicProposalRepository proposals;

    ModerationDecisions(PostRepository posts, TopicProposalRepository proposals) {
        this.posts = posts;
        this.proposals = proposals;
    }

    @EventListener
    @Transactional
    void on(ContentHidden event) {
        ContentRef ref = event.ref();
        if (!DialogueContent.MODULE.equals(ref.module())) {
            return;
        }
        if ("post".equals(ref.type())) {
            posts.findById(ref.id()).ifPresent(p -> p.hide(event.reason()));
        } else if ("proposal".equals(ref.type())) {
            proposals.findById(ref.id()).ifPresent(TopicProposalEntity::hide);
        }
    }

    @EventListener
    @Transactional
    void on(ContentRestored event) {
        ContentRef ref = event.ref();
        if (!DialogueContent.MODULE.equals(ref.module())) {
            return;
        }
        if ("post".equals(ref.type())) {
            posts.findById(ref.id()).ifPresent(PostEntity::restore);
        } else if ("proposal".equals(ref.type())) {
            proposals.findById(ref.id()).ifPresent(TopicProposalEntity::show);
        }
    }
}
