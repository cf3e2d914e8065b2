package se.brobygge.places.internal;

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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlacePhoto;
import se.brobygge.places.PlaceStatus;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;

/**
 * A meeting place. Its description and opening hours are written in Swedish in its own columns and
 * in any other language as rows of {@code places_place_text} (decision 0050).
 */
@Entity
@Table(name = "places_place")
public class PlaceEntity {

    /** Names of the translated fields in {@code places_place_text}. */
    static final String DESCRIPTION_FIELD = "description";

    static final String OPENING_HOURS_FIELD = "openingHours";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlaceStatus status;

    @Column(nullable = false)
    private String name = "";

    @Column(nullable = false)
    private String description = "";

    @Column(name = "street_address", nullable = false)
    private String streetAddress = "";

    @Column(nullable = false)
    private String area = "";

    private @Nullable Double latitude;

    private @Nullable Double longitude;

    @Column(name = "opening_hours", nullable = false)
    private String openingHours = "";

    @Column(name = "step_free", nullable = false)
    private boolean stepFree;

    @Column(name = "hearing_loop", nullable = false)
    private boolean hearingLoop;

    @Column(name = "accessible_toilet", nullable = false)
    private boolean accessibleToilet;

    @Column(name = "contact_email")
    private @Nullable String contactEmail;

    @Column(name = "contact_phone")
    private @Nullable String contactPhone;

    @Column(name = "proposed_by")
    private @Nullable Long proposedBy;

    @Column(name = "rejection_reason")
    private @Nullable String rejectionReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "places_place_text", joinColumns = @JoinColumn(name = "place_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    protected PlaceEntity() {
        this.status = PlaceStatus.PROPOSED;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    public PlaceEntity(PlaceStatus status, PlaceDetails details, @Nullable Long proposedBy, Instant now) {
        this.status = status;
        this.proposedBy = proposedBy;
        this.createdAt = now;
        update(details, now);
    }

    public void update(PlaceDetails details, Instant now) {
        this.name = details.name();
        this.description = details.description();
        this.streetAddress = details.streetAddress();
        this.area = details.area();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
        this.openingHours = details.openingHours();
        this.stepFree = details.facts().contains(AccessibilityFact.STEP_FREE_ENTRANCE);
        this.hearingLoop = details.facts().contains(AccessibilityFact.HEARING_LOOP);
        this.accessibleToilet = details.facts().contains(AccessibilityFact.ACCESSIBLE_TOILET);
        this.contactEmail = details.contactEmail();
        this.contactPhone = details.contactPhone();
        TextTranslations.write(translations, DESCRIPTION_FIELD, details.descriptionTranslations());
        TextTranslations.write(translations, OPENING_HOURS_FIELD, details.openingHoursTranslations());
        this.updatedAt = now;
    }

    public void publish(Instant now) {
        this.status = PlaceStatus.PUBLISHED;
        this.rejectionReason = null;
        this.updatedAt = now;
    }

    public void reject(String reason, Instant now) {
        this.status = PlaceStatus.REJECTED;
        this.rejectionReason = reason;
        this.updatedAt = now;
    }

    public PlaceId placeId() {
        if (id == null) {
            throw new IllegalStateException("Place not saved yet");
        }
        return new PlaceId(id);
    }

    public long version() {
        return version;
    }

    public PlaceStatus status() {
        return status;
    }

    public @Nullable Long proposedBy() {
        return proposedBy;
    }

    public Set<AccessibilityFact> facts() {
        Set<AccessibilityFact> facts = EnumSet.noneOf(AccessibilityFact.class);
        if (stepFree) {
            facts.add(AccessibilityFact.STEP_FREE_ENTRANCE);
        }
        if (hearingLoop) {
            facts.add(AccessibilityFact.HEARING_LOOP);
        }
        if (accessibleToilet) {
            facts.add(AccessibilityFact.ACCESSIBLE_TOILET);
        }
        return facts;
    }

    public Place toRecord(List<PlacePhoto> photos) {
        PlaceDetails details = new PlaceDetails(
                name,
                description,
                streetAddress,
                area,
                latitude,
                longitude,
                openingHours,
                facts(),
                contactEmail,
                contactPhone,
                TextTranslations.translations(translations, DESCRIPTION_FIELD),
                TextTranslations.translations(translations, OPENING_HOURS_FIELD));
        return new Place(
                placeId(),
                version,
                status,
                details,
                photos,
                proposedBy == null ? null : new AccountId(proposedBy),
                rejectionReason);
    }
}
