package se.brobygge.dialogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostState;
import se.brobygge.dialogue.Reaction;
import se.brobygge.identity.AccountId;

@Entity
@Table(name = "dialogue_post")
class PostEntity {

    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(name = "dialogue_id", nullable = false)
    private long dialogueId;

    @Column(name = "parent_id")
    @Nullable
    private Long parentId;

    @Column(name = "thread_id")
    @Nullable
    private Long threadId;

    @Column(name = "thread_official", nullable = false)
    private boolean threadOfficial;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName = "";

    @Column(name = "author_staff", nullable = false)
    private boolean authorStaff;

    @Column(nullable = false)
    private String body = "";

    @Column(nullable = false)
    private String language = "sv";

    @Column(nullable = false)
    private boolean official;

    @Nullable
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PostState state = PostState.VISIBLE;

    @Column(name = "hidden_reason")
    @Nullable
    private String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    @Nullable
    private Instant editedAt;

    @Column(name = "agree_count", nullable = false)
    private int agreeCount;

    @Column(name = "important_count", nullable = false)
    private int importantCount;

    @Version
    private long version;

    protected PostEntity() {}

    PostEntity(
            long dialogueId,
            @Nullable PostEntity parent,
            long authorId,
            String authorName,
            String body,
            String language,
            boolean official,
            @Nullable String department,
            PostState state,
            Instant now) {
        this.dialogueId = dialogueId;
        this.parentId = parent == null ? null : parent.id();
        this.threadId = parent == null ? null : parent.id();
        this.threadOfficial = parent == null ? official : parent.official;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.language = language;
        this.official = official;
        this.department = department;
        this.state = state;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    /** Written by staff in their role: the post shows a staff badge by the author's name. */
    void writtenByStaff() {
        this.authorStaff = true;
    }

    /** A top-level post is its own thread; call once it has its id. */
    void startThreadIfTopLevel() {
        if (threadId == null) {
            threadId = id();
        }
    }

    /** Reactions counted elsewhere (demo data); otherwise the counts follow the reaction rows. */
    void countReactions(int agree, int important) {
        this.agreeCount = agree;
        this.importantCount = important;
    }

    long dialogueId() {
        return dialogueId;
    }

    @Nullable
    Long parentId() {
        return parentId;
    }

    long authorId() {
        return authorId;
    }

    boolean writtenBy(AccountId account) {
        return authorId == account.value();
    }

    String body() {
        return body;
    }

    String language() {
        return language;
    }

    boolean official() {
        return official;
    }

    @Nullable
    String department() {
        return department;
    }

    PostState state() {
        return state;
    }

    boolean visible() {
        return state == PostState.VISIBLE;
    }

    Instant createdAt() {
        return createdAt;
    }

    int agreeCount() {
        return agreeCount;
    }

    int importantCount() {
        return importantCount;
    }

    long version() {
        return version;
    }

    /** Its writer may still change it: visible or waiting, within the edit window. */
    boolean editableAt(Instant now) {
        return (state == PostState.VISIBLE || state == PostState.PENDING) && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    /** The writer changed it; text that must wait for a moderator waits again. */
    void edit(String text, boolean hold, Instant now) {
        body = text;
        editedAt = now;
        if (hold) {
            state = PostState.PENDING;
        }
    }

    void delete(Instant now) {
        state = PostState.DELETED;
        body = "";
        editedAt = now;
    }

    /** Moderation hid it; the writer sees the reason. A deleted post stays deleted. */
    void hide(String reason) {
        if (state != PostState.DELETED) {
            state = PostState.HIDDEN;
            hiddenReason = reason;
        }
    }

    /** Moderation showed it (again): after a hold or a hide. */
    void restore() {
        if (state != PostState.DELETED) {
            state = PostState.VISIBLE;
            hiddenReason = null;
        }
    }

    String link() {
        return "/dialogues/" + dialogueId + "#post-" + id();
    }

    /** The post as {@code viewer} may see it: the body of a post out of sight only for its writer. */
    Post toPost(long viewer, Set<Reaction> myReactions, Instant now) {
        boolean mine = authorId == viewer;
        boolean shown = state == PostState.VISIBLE || mine && state != PostState.DELETED;
        return new Post(
                new PostId(id()),
                new DialogueId(dialogueId),
                parentId == null ? null : new PostId(parentId),
                new AccountId(authorId),
                authorName,
                authorStaff,
                shown ? body : "",
                language,
                official,
                department,
                state,
                mine ? hiddenReason : null,
                createdAt,
                editedAt,
                agreeCount,
                importantCount,
                mine,
                mine && editableAt(now),
                Set.copyOf(myReactions),
                version);
    }
}
