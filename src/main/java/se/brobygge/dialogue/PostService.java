package se.brobygge.dialogue;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.dialogue.internal.Posts;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;

/**
 * Posts, replies, reactions and official answers. Anyone reads; signed-in users write (at most
 * five posts a minute), edit their own within 15 minutes and delete their own; staff answer
 * officially. Text is screened by moderation; refused text throws {@link PostRefusedException}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class PostService {

    private final Posts posts;
    private final Actors actors;

    PostService(Posts posts, Actors actors) {
        this.posts = posts;
        this.actors = actors;
    }

    @PreAuthorize("permitAll()")
    public long count(DialogueId id) {
        return posts.count(id, actors.current().orElse(null));
    }

    /** A page in reading order: official answers first, then each post followed by its replies. */
    @PreAuthorize("permitAll()")
    public List<Post> page(DialogueId id, int offset, int limit) {
        return posts.page(id, actors.current().orElse(null), offset, limit);
    }

    /**
     * @throws InvalidInputException "body" (closed, empty, too long, rate limit), "language"
     * @throws PostRefusedException  when moderation refuses the text or the writer is blocked
     */
    public PostId post(DialogueId id, String body, String language) {
        return posts.post(id, null, body, language, false, actors.require());
    }

    /** @throws InvalidInputException "body" also when the post replied to is hidden or gone */
    public PostId reply(DialogueId id, PostId parent, String body, String language) {
        return posts.post(id, parent, body, language, false, actors.require());
    }

    /** An official answer, marked with the dialogue's department and pinned first; followers are told. */
    @PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
    public PostId answerOfficially(DialogueId id, String body, String language) {
        return posts.post(id, null, body, language, true, actors.require());
    }

    /** @throws InvalidInputException "body" after 15 minutes, or when changed meanwhile */
    public void edit(PostId id, String body, long expectedVersion) {
        posts.edit(id, body, expectedVersion, actors.require());
    }

    public void delete(PostId id) {
        posts.delete(id, actors.require());
    }

    public void react(PostId id, Reaction reaction) {
        posts.react(id, reaction, actors.require());
    }
}
