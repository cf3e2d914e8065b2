package se.brobygge.moderation.internal;

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
import se.brobygge.moderation.ReviewReason;
import se.brobygge.shared.content.ContentRef;

@Entity
@Table(name = "moderation_item")
class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    Long id;

    @Column(nullable = false)
    String module = "";

    @Column(nullable = false)
    String type = "";

    @Column(name = "content_id", nullable = false)
    long contentId;

    @Column(name = "author_id", nullable = false)
    long authorId;

    @Column(nullable = false)
    String text = "";
    /** Only its participants can see it (a private message): every moderator's look is logged. */
    @Column(name = "private_content", nullable = false)
    boolean privateContent;
    /** What came just before it, as reported (private content only), one entry per line. */
    @Column(name = "context")
    @Nullable
    String context;

    @Nullable
    String language;

    @Nullable
    String link;

    @Column(nullable = false)
    boolean hidden;

    @Column(name = "hidden_reason")
    @Nullable
    String hiddenReason;

    @Column(name = "hidden_by")
    @Nullable
    Long hiddenBy;

    @Column(name = "hidden_by_block")
    @Nullable
    Long hiddenByBlock;

    @Enumerated(EnumType.STRING)
    @Nullable
    ReviewReason review;

    @Column(name = "review_since")
    @Nullable
    Instant reviewSince;

    @Column(name = "claimed_by")
    @Nullable
    Long claimedBy;

    @Column(name = "claimed_at")
    @Nullable
    Instant claimedAt;

    @Column(name = "report_count", nullable = false)
    int reportCount;

    @Column(name = "kept_at_reports", nullable = false)
    int keptAtReports;

    @Column(name = "appeal_text")
    @Nullable
    String appealText;

    @Column(name = "appealed_at")
    @Nullable
    Instant appealedAt;

    @Column(name = "submitted_at", nullable = false)
    Instant submittedAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt = Instant.EPOCH;

    @Version
    long version;

    protected ItemEntity() {}

    ItemEntity(
            ContentRef ref, long authorId, String text, @Nullable String language, @Nullable String link, Instant now) {
        this.module = ref.module();
        this.type = ref.type();
        this.contentId = ref.id();
        this.authorId = authorId;
        this.text = text;
        this.language = language;
        this.link = link;
        this.submittedAt = now;
        this.updatedAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    ContentRef ref() {
        return new ContentRef(module, type, contentId);
    }

    void toQueue(ReviewReason reason, Instant now) {
        // an appeal or escalation already waiting keeps its place and reason
        if (review == null) {
            review = reason;
            reviewSince = now;
        }
        updatedAt = now;
    }

    void leaveQueue(Instant now) {
        review = null;
        reviewSince = null;
        claimedBy = null;
        claimedAt = null;
        updatedAt = now;
    }
}
