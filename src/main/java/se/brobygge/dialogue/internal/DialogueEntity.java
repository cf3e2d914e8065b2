package se.brobygge.dialogue.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Summary;

@Entity
@Table(name = "dialogue_dialogue")
class DialogueEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Nullable
    private Long id;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String background = "";

    @Column(nullable = false)
    private String department = "";

    @Nullable
    private String area;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt = Instant.EPOCH;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt = Instant.EPOCH;

    @Column(nullable = false)
    private String languages = "";

    @Column(nullable = false)
    private boolean premoderated;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "closed_at")
    @Nullable
    private Instant closedAt;

    @Column(name = "summary_heard")
    @Nullable
    private String summaryHeard;

    @Column(name = "summary_actions")
    @Nullable
    private String summaryActions;

    @Column(name = "summary_report_back")
    @Nullable
    private LocalDate summaryReportBack;

    @Column(name = "summary_at")
    @Nullable
    private Instant summaryAt;

    @Version
    private long version;

    protected DialogueEntity() {}

    DialogueEntity(long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved");
        }
        return id;
    }

    DialogueStatus status(Instant now) {
        if (closedAt != null || !now.isBefore(closesAt)) {
            return DialogueStatus.CLOSED;
        }
        return now.isBefore(opensAt) ? DialogueStatus.UPCOMING : DialogueStatus.OPEN;
    }

    Set<String> languageSet() {
        return languages.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(languages.split(",")));
    }

    Dialogue toDialogue(Instant now) {
        Summary summary = summaryAt == null
                ? null
                : new Summary(
                        summaryHeard == null ? "" : summaryHeard,
                        summaryActions == null ? "" : summaryActions,
                        summaryReportBack);
        return new Dialogue(
                new DialogueId(id()),
                title,
                background,
                department,
                area,
                opensAt,
                closesAt,
                languageSet(),
                premoderated,
                status(now),
                summary,
                version);
    }

    /** What staff describe; {@code languages} as comma-separated codes. */
    void describe(
            String title,
            String background,
            String department,
            @Nullable String area,
            Instant opensAt,
            Instant closesAt,
            String languages,
            boolean premoderated) {
        this.title = title;
        this.background = background;
        this.department = department;
        this.area = area;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.languages = languages;
        this.premoderated = premoderated;
    }

    /** Closes it before its time; a closed dialogue stays as it is. */
    void close(Instant now) {
        if (closedAt == null && status(now) != DialogueStatus.CLOSED) {
            closedAt = now;
        }
    }

    /** Writes (or corrects) the summary; true the first time. */
    boolean summarise(String heard, String actions, @Nullable LocalDate reportBack, Instant now) {
        boolean first = summaryAt == null;
        summaryHeard = heard;
        summaryActions = actions;
        summaryReportBack = reportBack;
        summaryAt = now;
        return first;
    }

    String title() {
        return title;
    }

    Instant closesAt() {
        return closesAt;
    }

    String department() {
        return department;
    }

    boolean premoderated() {
        return premoderated;
    }

    long version() {
        return version;
    }
}
