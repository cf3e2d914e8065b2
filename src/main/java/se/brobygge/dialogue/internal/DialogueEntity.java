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
    Long id;

    @Column(nullable = false)
    String title = "";

    @Column(nullable = false)
    String background = "";

    @Column(nullable = false)
    String department = "";

    @Nullable
    String area;

    @Column(name = "opens_at", nullable = false)
    Instant opensAt = Instant.EPOCH;

    @Column(name = "closes_at", nullable = false)
    Instant closesAt = Instant.EPOCH;

    @Column(nullable = false)
    String languages = "";

    @Column(nullable = false)
    boolean premoderated;

    @Column(name = "created_by", nullable = false)
    long createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt = Instant.EPOCH;

    @Column(name = "closed_at")
    @Nullable
    Instant closedAt;

    @Column(name = "summary_heard")
    @Nullable
    String summaryHeard;

    @Column(name = "summary_actions")
    @Nullable
    String summaryActions;

    @Column(name = "summary_report_back")
    @Nullable
    LocalDate summaryReportBack;

    @Column(name = "summary_at")
    @Nullable
    Instant summaryAt;

    @Version
    long version;

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
}
