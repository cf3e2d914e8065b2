package se.brobygge.dialogue.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.dialogue.Dialogue;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueStatus;
import se.brobygge.dialogue.Summary;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;

@Entity
@Table(name = "dialogue_dialogue")
class DialogueEntity {

    /** Names of the texts staff may give in other languages (decision 0050). */
    static final String TITLE = "title";

    static final String BACKGROUND = "background";
    static final String HEARD = "heard";
    static final String ACTIONS = "actions";

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

    /** The texts in other languages than Swedish; the originals stay in the columns above. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "dialogue_dialogue_text", joinColumns = @JoinColumn(name = "dialogue_id"))
    private Set<TextTranslation> translations = new HashSet<>();

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
                        summaryReportBack,
                        TextTranslations.translations(translations, HEARD),
                        TextTranslations.translations(translations, ACTIONS));
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
                version,
                TextTranslations.translations(translations, TITLE),
                TextTranslations.translations(translations, BACKGROUND));
    }

    /** The question and background in other languages; blank ones are left out. */
    void translate(Map<Language, String> titles, Map<Language, String> backgrounds) {
        TextTranslations.write(translations, TITLE, titles);
        TextTranslations.write(translations, BACKGROUND, backgrounds);
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
    boolean summarise(
            String heard,
            String actions,
            @Nullable LocalDate reportBack,
            Map<Language, String> heardTranslations,
            Map<Language, String> actionsTranslations,
            Instant now) {
        boolean first = summaryAt == null;
        TextTranslations.write(translations, HEARD, heardTranslations);
        TextTranslations.write(translations, ACTIONS, actionsTranslations);
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
