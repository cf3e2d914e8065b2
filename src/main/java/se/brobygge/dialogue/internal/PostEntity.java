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
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.PostState;

@Entity
@Table(name = "dialogue_post")
class PostEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(name = "dialogue_id", nullable = false)
    long dialogueId;

    @Column(name = "parent_id")
    @Nullable
    Long parentId;

    @Column(name = "thread_id")
    @Nullable
    Long threadId;

    @Column(name = "thread_official", nullable = false)
    boolean threadOfficial;

    @Column(name = "author_id", nullable = false)
    long authorId;

    @Column(name = "author_name", nullable = false)
    String authorName = "";

    @Column(nullable = false)
    String body = "";

    @Column(nullable = false)
    String language = "sv";

    @Column(nullable = false)
    boolean official;

    @Nullable
    String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PostState state = PostState.VISIBLE;

    @Column(name = "hidden_reason")
    @Nullable
    String hiddenReason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    @Nullable
    Instant editedAt;

    @Column(name = "agree_count", nullable = false)
    int agreeCount;

    @Column(name = "important_count", nullable = false)
    int importantCount;

    @Version
    long version;

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
}
