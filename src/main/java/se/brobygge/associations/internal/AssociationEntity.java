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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
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

/**
 * An association. Name and descriptions are indexed for full-text search with the per-language
 * analysers that events defined (analyser names "sv", "ar", "en"; docs/decisions/0013).
 */
@Entity
@Table(name = "associations_association")
@Indexed(index = "associations")
public class AssociationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    @FullTextField(name = "name_sv", analyzer = "sv")
    @FullTextField(name = "name_ar", analyzer = "ar")
    @FullTextField(name = "name_en", analyzer = "en")
    private String name = "";

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
    @CollectionTable(name = "associations_description", joinColumns = @JoinColumn(name = "association_id"))
    @MapKeyColumn(name = "language_code")
    @Column(name = "text")
    private Map<String, String> descriptions = new HashMap<>();

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
                @ObjectPath(@PropertyValue(propertyName = "descriptions")),
                @ObjectPath(@PropertyValue(propertyName = "descriptionHidden"))
            },
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    public String getSearchText() {
        return descriptionHidden != null ? "" : String.join("\n", descriptions.values());
    }

    public void describe(
            String name,
            String organisationNumber,
            AssociationType type,
            Map<String, String> descriptions,
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
        this.descriptions.clear();
        this.descriptions.putAll(descriptions);
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

    public Association toRecord() {
        return new Association(
                new AssociationId(id()),
                name,
                organisationNumber,
                type,
                descriptionHidden == null ? Map.copyOf(descriptions) : Map.of(),
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
                version);
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

    public Map<String, String> descriptions() {
        return descriptions;
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
