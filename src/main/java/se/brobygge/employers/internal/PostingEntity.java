package se.brobygge.employers.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingDraft;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingStatus;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.text.PlainText;

@Entity
@Table(name = "employers_posting")
public class PostingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "employer_id")
    private long employerId;

    @Enumerated(EnumType.STRING)
    private PostingKind kind = PostingKind.INTERNSHIP;

    private String title = "";
    private String occupation = "";
    private String description = "";
    private String area = "";

    @Column(name = "period_from")
    private LocalDate periodFrom = LocalDate.EPOCH;

    @Column(name = "period_to")
    private @Nullable LocalDate periodTo;

    private String hours = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "swedish_level")
    private LanguageLevel swedishLevel = LanguageLevel.NONE;

    private String support = "";
    private String accessibility = "";
    private String contact = "";

    @Enumerated(EnumType.STRING)
    private PostingStatus status = PostingStatus.PENDING_APPROVAL;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    /** The texts in other languages than Swedish (decision 0050); the originals stay in the columns above. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "employers_posting_text", joinColumns = @JoinColumn(name = "posting_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    protected PostingEntity() {}

    public PostingEntity(long employerId, long createdBy, Instant createdAt) {
        this.employerId = employerId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(PostingDraft d) {
        kind = d.kind() == null ? PostingKind.INTERNSHIP : d.kind();
        title = PlainText.line(d.title());
        occupation = d.occupation() == null ? "" : d.occupation().strip();
        description = d.description().strip();
        area = d.area() == null ? "" : d.area().strip();
        periodFrom = d.periodFrom() == null ? LocalDate.EPOCH : d.periodFrom();
        periodTo = d.periodTo();
        hours = PlainText.line(d.hours());
        swedishLevel = d.swedishLevel() == null ? LanguageLevel.NONE : d.swedishLevel();
        support = d.support().strip();
        accessibility = d.accessibility().strip();
        contact = PlainText.line(d.contact());
        TextTranslations.write(translations, "title", TextTranslations.cleaned(d.titleTranslations(), PlainText::line));
        TextTranslations.write(
                translations, "description", TextTranslations.cleaned(d.descriptionTranslations(), String::strip));
        TextTranslations.write(translations, "hours", TextTranslations.cleaned(d.hoursTranslations(), PlainText::line));
        TextTranslations.write(
                translations, "support", TextTranslations.cleaned(d.supportTranslations(), String::strip));
        TextTranslations.write(
                translations, "accessibility", TextTranslations.cleaned(d.accessibilityTranslations(), String::strip));
    }

    public PostingId id() {
        return new PostingId(id == null ? 0 : id);
    }

    public long employerId() {
        return employerId;
    }

    public String title() {
        return title;
    }

    public PostingStatus status() {
        return status;
    }

    /** Takes the posting off the list; interest already sent stays. */
    public void close() {
        status = PostingStatus.CLOSED;
    }

    /** Publishes it (again), or, for an employer staff do not yet trust, sends it for approval. */
    public void publish(boolean trustedEmployer) {
        status = trustedEmployer ? PostingStatus.PUBLISHED : PostingStatus.PENDING_APPROVAL;
    }

    /** Staff approve a posting that waits for approval; any other posting stays as it is. */
    public void approve() {
        if (status == PostingStatus.PENDING_APPROVAL) {
            status = PostingStatus.PUBLISHED;
        }
    }

    public boolean hidden() {
        return hiddenReason != null;
    }

    public void hide(String reason) {
        hiddenReason = reason;
    }

    public void restore() {
        hiddenReason = null;
    }

    /** Every text the employer wrote, in every language, for moderation to read. */
    public String text() {
        StringBuilder all = new StringBuilder(String.join("\n\n", title, description, support, accessibility));
        translations.stream()
                .filter(t -> !t.field().equals("hours"))
                .sorted((a, b) -> (a.languageCode() + a.field()).compareTo(b.languageCode() + b.field()))
                .forEach(t -> all.append("\n\n").append(t.text()));
        return all.toString().strip();
    }

    private Map<Language, String> translations(String field) {
        return hidden() && !field.equals("title") && !field.equals("hours")
                ? Map.of()
                : TextTranslations.translations(translations, field);
    }

    public Posting toRecord(String employerName, boolean employerVerified) {
        return Posting.builder()
                .id(id())
                .employerId(new EmployerId(employerId))
                .employerName(employerName)
                .employerVerified(employerVerified)
                .kind(kind)
                .title(title)
                .occupation(occupation)
                .description(hidden() ? "" : description)
                .area(area)
                .periodFrom(periodFrom)
                .periodTo(periodTo)
                .hours(hours)
                .swedishLevel(swedishLevel)
                .support(hidden() ? "" : support)
                .accessibility(hidden() ? "" : accessibility)
                .contact(contact)
                .status(status)
                .hidden(hidden())
                .createdAt(createdAt)
                .titleTranslations(translations("title"))
                .descriptionTranslations(translations("description"))
                .hoursTranslations(translations("hours"))
                .supportTranslations(translations("support"))
                .accessibilityTranslations(translations("accessibility"))
                .build();
    }
}
