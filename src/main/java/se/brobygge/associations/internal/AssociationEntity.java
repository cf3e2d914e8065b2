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
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationType;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;

/**
 * An association. Name and descriptions are indexed for full-text search with the per-language
 * analysers that events defined (analyser names "sv", "ar", "en"; docs/decisions/0013). The
 * description and meeting times are written in Swedish in its own columns and in other languages
 * as rows of {@code associations_association_text} (decision 0050); the search text holds them all.
 */
@Entity
@Table(name = "associations_association")
@Indexed(index = "associations")
public class AssociationEntity {

    /** Names of the translated fields in {@code associations_association_text}. */
    static final String DESCRIPTION_FIELD = "description";

    static final String MEETING_TIMES_FIELD = "meetingTimes";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    @FullTextField(name = "name_sv", analyzer = "sv")
    @FullTextField(name = "name_ar", analyzer = "ar")
    @FullTextField(name = "name_en", analyzer = "en")
    private String name = "";

    @Column(nullable = false)
    private String description = "";

    @Column(name = "organisation_number", nullable = false)
    private String organisationNumber = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssociationType type = AssociationType.OTHER;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    private @Nullable String website;

    @Column(name = "fee_sek")
    private @Nullable BigDecimal feeSek;

    @Column(name = "meeting_times")
    private @Nullable String meetingTimes;

    @Column(name = "newcomer_help", nullable = false)
    private boolean newcomerHelp;

    @Column(name = "has_logo", nullable = false)
    private boolean hasLogo;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "verified_at")
    private @Nullable Instant verifiedAt;

    @Column(name = "suspended_reason")
    private @Nullable String suspendedReason;

    @Column(name = "description_hidden")
    private @Nullable String descriptionHidden;

    @Column(name = "logo_hidden")
    private @Nullable String logoHidden;

    @Column(name = "registered_by", nullable = false)
    private long registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "associations_association_text", joinColumns = @JoinColumn(name = "association_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "associations_language", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "associations_area", joinColumns = @JoinColumn(name = "association_id"))
    @Column(name = "area")
    private Set<String> areas = new HashSet<>();

    protected AssociationEntity() {}

    public AssociationEntity(long registeredBy, Instant createdAt) {
        this.registeredBy = registeredBy;
        this.createdAt = createdAt;
    }

    /** Every description in one text, for the search index (a hidden description is not searchable). */
    @Transient
    @FullTextField(name = "description_sv", analyzer = "sv")
    @FullTextField(name = "description_ar", analyzer = "ar")
    @FullTextField(name = "description_en", analyzer = "en")
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "description")),
                @ObjectPath(@PropertyValue(propertyName = "translations")),
                @ObjectPath(@PropertyValue(propertyName = "descriptionHidden"))
            },
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getSearchText() {
        return descriptionHidden != null ? "" : allDescriptions();
    }

    public void describe(
            String name,
            String organisationNumber,
            AssociationType type,
            String description,
            Set<String> languages,
            Set<String> areas,
            @Nullable String contactEmail,
            @Nullable String contactPhone,
            @Nullable String website,
            @Nullable BigDecimal feeSek,
            @Nullable String meetingTimes,
            boolean newcomerHelp) {
        this.name = name;
        this.organisationNumber = organisationNumber;
        this.type = type;
        this.description = description;
        this.languages.clear();
        this.languages.addAll(languages);
        this.areas.clear();
        this.areas.addAll(areas);
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.website = website;
        this.feeSek = feeSek;
        this.meetingTimes = meetingTimes;
        this.newcomerHelp = newcomerHelp;
    }

    /** Description and meeting times in other languages; blank ones left out, Swedish stays in the columns. */
    public void translate(Map<Language, String> descriptions, Map<Language, String> meetingTimes) {
        TextTranslations.write(translations, DESCRIPTION_FIELD, descriptions);
        TextTranslations.write(translations, MEETING_TIMES_FIELD, meetingTimes);
    }

    /** The description in every language given, one after another (for moderation and search). */
    public String allDescriptions() {
        return TextTranslations.read(translations, DESCRIPTION_FIELD, description)
                .allTexts()
                .strip();
    }

    /** The description's language when it is written in one only, else null (for moderation). */
    public @Nullable String descriptionLanguage() {
        List<Language> given = List.copyOf(TextTranslations.read(translations, DESCRIPTION_FIELD, description)
                .languages());
        return given.size() == 1 ? given.getFirst().code() : null;
    }

    public Association toRecord() {
        return new Association(
                new AssociationId(id()),
                name,
                organisationNumber,
                type,
                descriptionHidden == null ? description : "",
                descriptionHidden == null ? TextTranslations.translations(translations, DESCRIPTION_FIELD) : Map.of(),
                descriptionHidden,
                Set.copyOf(languages),
                Set.copyOf(areas),
                contactEmail,
                contactPhone,
                website,
                feeSek,
                meetingTimes,
                newcomerHelp,
                verified,
                suspendedReason,
                hasLogo && logoHidden == null,
                version,
                TextTranslations.translations(translations, MEETING_TIMES_FIELD));
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public boolean verified() {
        return verified;
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    public long registeredBy() {
        return registeredBy;
    }

    public long version() {
        return version;
    }

    public void verify(Instant at) {
        this.verified = true;
        this.verifiedAt = at;
    }

    public void suspend(@Nullable String reason) {
        this.suspendedReason = reason;
    }

    public void hideDescription(@Nullable String reason) {
        this.descriptionHidden = reason;
    }

    public void hideLogo(@Nullable String reason) {
        this.logoHidden = reason;
    }

    public @Nullable String logoHidden() {
        return logoHidden;
    }

    public void logoUploaded() {
        this.hasLogo = true;
        this.logoHidden = null;
    }
}
