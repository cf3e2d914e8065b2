package se.brobygge.dialogue.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostState;
import se.brobygge.dialogue.Reaction;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentHeldForReview;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening.Verdict;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.shared.text.PlainText;

/** Posts, replies, official answers and reactions; who acts is passed in as an {@link Actor}. */
@Component
public class Posts {

    private final DialogueRepository dialogues;
    private final PostRepository posts;
    private final ReactionRepository reactions;
    private final FollowRepository follows;
    private final DialogueContent content;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Posts(
            DialogueRepository dialogues,
            PostRepository posts,
            ReactionRepository reactions,
            FollowRepository follows,
            DialogueContent content,
            RateLimits rateLimits,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.dialogues = dialogues;
        this.posts = posts;
        this.reactions = reactions;
        this.follows = follows;
        this.content = content;
        this.rateLimits = rateLimits;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long count(DialogueId id, @Nullable Actor viewer) {
        return posts.countVisibleTo(
                id.value(), viewer == null ? -1 : viewer.account(), viewer != null && viewer.staff());
    }

    /** One page in reading order; two queries whatever the page size (posts, my reactions). */
    @Transactional(readOnly = true)
    public List<Post> page(DialogueId id, @Nullable Actor viewer, int offset, int limit) {
        long me = viewer == null ? -1 : viewer.account();
        int size = Math.max(1, Math.min(limit, 200));
        List<PostEntity> found =
                posts.page(id.value(), me, viewer != null && viewer.staff(), new OffsetPage(Math.max(0, offset), size));
        Map<Long, Set<Reaction>> mine = new HashMap<>();
        if (viewer != null && !found.isEmpty()) {
            reactions
                    .mine(me, found.stream().map(PostEntity::id).toList())
                    .forEach(r -> mine.computeIfAbsent(r.key().postId(), k -> EnumSet.noneOf(Reaction.class))
                            .add(Reaction.valueOf(r.key().kind())));
        }
        Instant now = clock.instant();
        return found.stream()
                .map(p -> p.toPost(me, mine.getOrDefault(p.id(), Set.of()), now))
                .toList();
    }

    /**
     * A post, a reply (to a top-level post; a reply to a reply joins the same thread) or, from
     * staff, an official answer.
     */
    @Transactional
    public PostId post(
            DialogueId id, @Nullable PostId parentId, String body, String language, boolean official, Actor author) {
        DialogueEntity d = dialogues.findById(id.value()).orElseThrow();
        Instant now = clock.instant();
        String text = PlainText.text(body);
        String lang = language.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (official && !author.staff()) {
            throw new AccessDeniedException("Only staff answer officially");
        }
        if (!official && d.status(now) != DialogueStatus.OPEN) {
            errors.add(new FieldError(
                    "body",
                    d.status(now) == DialogueStatus.UPCOMING ? "dialogue.post.notOpenYet" : "dialogue.post.closed"));
        }
        if (text.isEmpty() || text.length() > 4000) {
            errors.add(new FieldError("body", "dialogue.validation.body"));
        }
        if (!Dialogues.LANGUAGE_CODE.matcher(lang).matches()) {
            errors.add(new FieldError("language", "dialogue.validation.language"));
        }
        PostEntity parent = null;
        Set<Long> repliedTo = new LinkedHashSet<>();
        if (parentId != null) {
            parent = posts.findById(parentId.value())
                    .filter(p -> p.dialogueId() == d.id())
                    .orElse(null);
            if (parent != null) {
                repliedTo.add(parent.authorId()); // the person answered, also in a reply to a reply
            }
            if (parent != null && parent.parentId() != null) {
                parent = posts.findById(parent.parentId()).orElse(null);
            }
            if (parent == null || !parent.visible()) {
                errors.add(new FieldError("body", "dialogue.reply.hidden"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!author.staff() && !rateLimits.tryAcquire("post", Long.toString(author.account()))) {
            throw new InvalidInputException("body", "dialogue.post.rateLimited");
        }
        Verdict verdict = content.screen(author.account(), text, lang);
        boolean heldByModeration = DialogueContent.held(verdict);
        boolean hold = heldByModeration || d.premoderated() && !author.staff();
        PostEntity post = new PostEntity(
                d.id(),
                parent,
                author.account(),
                author.name(),
                text,
                lang,
                official,
                official ? d.department() : null,
                hold ? PostState.PENDING : PostState.VISIBLE,
                now);
        if (author.staff()) {
            post.writtenByStaff();
        }
        post = posts.saveAndFlush(post);
        post.startThreadIfTopLevel();
        ContentRef ref = DialogueContent.post(post.id());
        publisher.publishEvent(new ContentSubmitted(ref, author.account(), text, lang, post.link(), now));
        if (hold && !heldByModeration) {
            // held for dialogue's own reason: moderation learns it only from us
            publisher.publishEvent(new ContentHeldForReview(ref));
        }
        if (parent != null && !hold) {
            repliedTo.add(parent.authorId()); // the thread's starter
            repliedTo.remove(author.account());
            for (long writer : repliedTo) {
                publisher.publishEvent(new NotificationRequested(
                        writer,
                        NotificationKind.DIALOGUE_REPLY,
                        "dialogue-reply-" + post.id(),
                        "dialogue.notify.reply.subject",
                        "dialogue.notify.reply.body",
                        List.of(author.name(), d.title()),
                        null,
                        post.link()));
            }
        }
        if (official) {
            for (long follower : follows.followers(d.id())) {
                if (follower != author.account()) {
                    publisher.publishEvent(new NotificationRequested(
                            follower,
                            NotificationKind.DIALOGUE_ANSWER,
                            "dialogue-answer-" + post.id(),
                            "dialogue.notify.answer.subject",
                            "dialogue.notify.answer.body",
                            List.of(d.title(), d.department()),
                            null,
                            post.link()));
                }
            }
        }
        return new PostId(post.id());
    }

    /** Changes my own post within 15 minutes of writing it; it shows as edited. */
    @Transactional
    public void edit(PostId id, String body, long expectedVersion, Actor author) {
        PostEntity post = posts.lockById(id.value()).orElseThrow();
        if (!post.writtenBy(author.id())) {
            throw new AccessDeniedException("Only the writer edits a post");
        }
        Instant now = clock.instant();
        String text = PlainText.text(body);
        if (!post.editableAt(now)) {
            throw new InvalidInputException("body", "dialogue.edit.tooLate");
        }
        DialogueEntity d = dialogues.findById(post.dialogueId()).orElseThrow();
        if (!post.official() && d.status(now) != DialogueStatus.OPEN) {
            throw new InvalidInputException("body", "dialogue.post.closed");
        }
        if (post.version() != expectedVersion) {
            throw new InvalidInputException("body", "dialogue.edit.changedMeanwhile");
        }
        if (text.isEmpty() || text.length() > 4000) {
            throw new InvalidInputException("body", "dialogue.validation.body");
        }
        Verdict verdict = content.screen(author.account(), text, post.language());
        post.edit(text, DialogueContent.held(verdict), now);
        publisher.publishEvent(new ContentSubmitted(
                DialogueContent.post(post.id()), author.account(), text, post.language(), post.link(), now));
    }

    @Transactional
    public void delete(PostId id, Actor author) {
        PostEntity post = posts.lockById(id.value()).orElseThrow();
        if (!post.writtenBy(author.id())) {
            throw new AccessDeniedException("Only the writer deletes a post");
        }
        post.delete(clock.instant());
    }

    /** Turns my reaction of this kind on or off. */
    @Transactional
    public void react(PostId id, Reaction reaction, Actor who) {
        PostEntity post = posts.findById(id.value()).orElseThrow();
        if (!post.visible()) {
            throw new InvalidInputException("reaction", "dialogue.reaction.notVisible");
        }
        ReactionEntity.Key key = new ReactionEntity.Key(post.id(), who.account(), reaction.name());
        int delta;
        if (reactions.existsById(key)) {
            reactions.deleteById(key);
            delta = -1;
        } else {
            reactions.saveAndFlush(new ReactionEntity(post.id(), who.account(), reaction.name()));
            delta = 1;
        }
        if (reaction == Reaction.AGREE) {
            posts.addAgree(post.id(), delta);
        } else {
            posts.addImportant(post.id(), delta);
        }
    }
}
