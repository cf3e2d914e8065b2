package se.brobygge.associations.internal;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Activity;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.Recurrence;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;

/**
 * A regular activity. Its title and description are written in Swedish in its own columns and in
 * any other language as rows of {@code associations_activity_text} (decision 0050).
 */
@Entity
@Table(name = "associations_activity")
public class ActivityEntity {

    static final String TITLE_FIELD = "title";
    static final String DESCRIPTION_FIELD = "description";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "association_id", nullable = false)
    private long associationId;

    @Column(nullable = false)
    private String title = "";

    @Column(nullable = false)
    private String description = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayOfWeek weekday = DayOfWeek.MONDAY;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt = LocalTime.NOON;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt = LocalTime.NOON;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Recurrence recurrence = Recurrence.WEEKLY;

    @Column(name = "place_id")
    private @Nullable Long placeId;

    @Column(name = "hidden_reason")
    private @Nullable String hiddenReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "associations_activity_event", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "event_id")
    @OrderBy
    private List<Long> eventIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "associations_activity_text", joinColumns = @JoinColumn(name = "activity_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    protected ActivityEntity() {}

    public ActivityEntity(long associationId, Instant createdAt) {
        this.associationId = associationId;
        this.createdAt = createdAt;
    }

    public void describe(
            String title,
            String description,
            DayOfWeek weekday,
            LocalTime startsAt,
            LocalTime endsAt,
            Recurrence recurrence,
            @Nullable Long placeId) {
        this.title = title;
        this.description = description;
        this.weekday = weekday;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.recurrence = recurrence;
        this.placeId = placeId;
    }

    /** Title and description in other languages; blank ones are left out, Swedish stays in the columns. */
    public void translate(Map<Language, String> titles, Map<Language, String> descriptions) {
        TextTranslations.write(translations, TITLE_FIELD, titles);
        TextTranslations.write(translations, DESCRIPTION_FIELD, descriptions);
    }

    /** The title in other languages than Swedish. */
    public Map<Language, String> titleTranslations() {
        return TextTranslations.translations(translations, TITLE_FIELD);
    }

    /** The description in other languages than Swedish. */
    public Map<Language, String> descriptionTranslations() {
        return TextTranslations.translations(translations, DESCRIPTION_FIELD);
    }

    public Activity toRecord(String associationName) {
        return new Activity(
                id(),
                new AssociationId(associationId),
                associationName,
                title,
                hiddenReason == null ? description : "",
                weekday,
                startsAt,
                endsAt,
                recurrence,
                placeId,
                hiddenReason != null,
                List.copyOf(eventIds),
                version,
                titleTranslations(),
                // a hidden activity's description is hidden in every language
                hiddenReason == null ? descriptionTranslations() : Map.of());
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public long associationId() {
        return associationId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public LocalTime endsAt() {
        return endsAt;
    }

    public Recurrence recurrence() {
        return recurrence;
    }

    public @Nullable Long placeId() {
        return placeId;
    }

    public long version() {
        return version;
    }

    public List<Long> eventIds() {
        return eventIds;
    }

    public void hide(@Nullable String reason) {
        this.hiddenReason = reason;
    }
}
