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
    private Long id;

    @Column(nullable = false)
    private String module = "";

    @Column(nullable = false)
    private String type = "";

    @Column(name = "content_id", nullable = false)
    private long contentId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false)
    private String text = "";
    /** Only its participants can see it (a private message): every moderator's look is logged. */
    @Column(name = "private_content", nullable = false)
    private boolean privateContent;
    /** What came just before it, as reported (private content only), one entry per line. */
    @Column(name = "context")
    @Nullable
    private String context;

    @Nullable
    private String language;

    @Nullable
    private String link;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_reason")
    @Nullable
    private String hiddenReason;

    @Column(name = "hidden_by")
    @Nullable
    private Long hiddenBy;

    @Column(name = "hidden_by_block")
    @Nullable
    private Long hiddenByBlock;

    @Enumerated(EnumType.STRING)
    @Nullable
    private ReviewReason review;

    @Column(name = "review_since")
    @Nullable
    private Instant reviewSince;

    @Column(name = "claimed_by")
    @Nullable
    private Long claimedBy;

    @Column(name = "claimed_at")
    @Nullable
    private Instant claimedAt;

    @Column(name = "report_count", nullable = false)
    private int reportCount;

    @Column(name = "kept_at_reports", nullable = false)
    private int keptAtReports;

    @Column(name = "appeal_text")
    @Nullable
    private String appealText;

    @Column(name = "appealed_at")
    @Nullable
    private Instant appealedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Version
    private long version;

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

    long authorId() {
        return authorId;
    }

    String text() {
        return text;
    }

    boolean privateContent() {
        return privateContent;
    }

    @Nullable
    String context() {
        return context;
    }

    @Nullable
    String language() {
        return language;
    }

    @Nullable
    String link() {
        return link;
    }

    /** Hidden by a moderator, by reports or with a block (not: held back before anyone saw it). */
    boolean hidden() {
        return hidden;
    }

    /**
     * Held back by its owner until a moderator has looked (decision 0020): the queue entry is the
     * only record of it here; the owner keeps the content out of sight.
     */
    boolean held() {
        return review == ReviewReason.PREMODERATION;
    }

    /** Out of sight for readers: hidden, or held for review. */
    boolean outOfSight() {
        return hidden || held();
    }

    @Nullable
    String hiddenReason() {
        return hiddenReason;
    }

    @Nullable
    Long hiddenBy() {
        return hiddenBy;
    }

    @Nullable
    ReviewReason review() {
        return review;
    }

    Instant waitingSince() {
        return reviewSince == null ? updatedAt : reviewSince;
    }

    @Nullable
    Long claimedBy() {
        return claimedBy;
    }

    int reportCount() {
        return reportCount;
    }

    @Nullable
    String appealText() {
        return appealText;
    }

    @Nullable
    Instant appealedAt() {
        return appealedAt;
    }

    /** The owner changed the content: the snapshot follows. */
    void resubmit(String text, @Nullable String language, @Nullable String link, Instant now) {
        this.text = text;
        this.language = language;
        this.link = link;
        this.updatedAt = now;
    }

    /** Reported from where only its participants see it, with what came just before it. */
    void reportedInPrivate(@Nullable String context) {
        this.privateContent = true;
        this.context = context;
    }

    /** Held back until a moderator has looked; a hold takes the queue entry's place and reason. */
    void hold(Instant now) {
        if (review != ReviewReason.PREMODERATION) {
            review = ReviewReason.PREMODERATION;
            reviewSince = now;
        }
        updatedAt = now;
    }

    void flag(Instant now) {
        toQueue(ReviewReason.FLAGGED, now);
    }

    void reported(Instant now) {
        reportCount++;
        toQueue(ReviewReason.REPORTED, now);
    }

    int reportsSinceKept() {
        return reportCount - keptAtReports;
    }

    /** Hidden by enough reports until a moderator has looked. */
    void hideByReports(String reason) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = null;
    }

    void claim(long moderatorId, Instant now) {
        claimedBy = moderatorId;
        claimedAt = now;
    }

    boolean claimedBy(long moderatorId) {
        return claimedBy != null && claimedBy == moderatorId;
    }

    void release() {
        claimedBy = null;
        claimedAt = null;
    }

    /** Hidden by this moderator: an appeal goes to another one. */
    boolean hiddenBy(long moderatorId) {
        return hiddenBy != null && hiddenBy == moderatorId;
    }

    /** A moderator leaves it be: shown (again), and reports so far no longer count towards auto-hide. */
    void keep(Instant now) {
        showAgain();
        keptAtReports = reportCount;
        leaveQueue(now);
    }

    /** The personal data leaves the snapshot: the redacted text replaces it. */
    void redact(String redacted) {
        text = redacted;
    }

    void hide(@Nullable String reason, long moderatorId, Instant now) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = moderatorId;
        leaveQueue(now);
    }

    /** Back in the queue for a colleague; a held item stays held (its owner still keeps it back). */
    void escalate(Instant now) {
        if (!held()) {
            review = ReviewReason.ESCALATED;
        }
        reviewSince = now;
        release();
    }

    /** Undo of a hide (or the end of a hold) outside the queue. */
    void restore(Instant now) {
        showAgain();
        leaveQueue(now);
    }

    void hideWithBlock(String reason, long moderatorId, long blockId, Instant now) {
        hidden = true;
        hiddenReason = reason;
        hiddenBy = moderatorId;
        hiddenByBlock = blockId;
        updatedAt = now;
    }

    void restoreWithLift(Instant now) {
        showAgain();
        updatedAt = now;
    }

    boolean mayAppeal() {
        return appealedAt == null && review == null;
    }

    void appeal(String words, Instant now) {
        appealText = words;
        appealedAt = now;
        review = ReviewReason.APPEAL;
        reviewSince = now;
        updatedAt = now;
    }

    private void showAgain() {
        hidden = false;
        hiddenReason = null;
        hiddenBy = null;
        hiddenByBlock = null;
    }

    private void toQueue(ReviewReason reason, Instant now) {
        // an appeal or escalation already waiting keeps its place and reason
        if (review == null) {
            review = reason;
            reviewSince = now;
        }
        updatedAt = now;
    }

    private void leaveQueue(Instant now) {
        review = null;
        reviewSince = null;
        claimedBy = null;
        claimedAt = null;
        updatedAt = now;
    }
}
