package se.brobygge.events.internal;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ScaledNumberField;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventId;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.events.SeatQuota;
import se.brobygge.events.SeriesId;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.places.PlaceId;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.search.SearchAnalysis;

@Entity
@Table(name = "events_event")
@Indexed(index = "events")
public class EventEntity extends TranslatedTexts {

    /** Index fields the event list filters and sorts by, so a search is answered by Lucene alone. */
    public static final String STARTS_AT = "startsAt";

    public static final String ENDS_AT = "endsAt";
    public static final String ID_ORDER = "idOrder";
    public static final String STATUS = "status";
    public static final String CATEGORY = "category";
    public static final String AUDIENCE = "audience";
    public static final String LANGUAGES = "languages";
    public static final String CHILD_FRIENDLY = "childFriendly";
    public static final String FREE = "freeOfCharge";
    public static final String PLACE = "placeId";
    /** Stored for the list's cards only (projections), so a search needs no database query. */
    public static final String TITLE = "title_sv";

    public static final String DESCRIPTION = "description_sv";
    public static final String ONLINE_URL = "onlineUrl";
    public static final String COST = "costSek";
    public static final String CAPACITY = "capacity";
    public static final String CONFIRMED = "confirmedCount";
    public static final String DEADLINE = "signupDeadline";
    public static final String ORGANISER_NAME = "organiserName";
    public static final String SERIES = "seriesId";
    public static final String APPROVAL = "approvalRequired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = ID_ORDER, searchable = Searchable.NO, sortable = Sortable.YES)
    private @Nullable Long id;

    @Column(nullable = false)
    @FullTextField(name = TITLE, analyzer = SearchAnalysis.SWEDISH, projectable = Projectable.YES)
    @FullTextField(name = "title_ar", analyzer = SearchAnalysis.ARABIC)
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
    private String title = "";

    @Column(nullable = false)
    @FullTextField(name = DESCRIPTION, analyzer = SearchAnalysis.SWEDISH, projectable = Projectable.YES)
    @FullTextField(name = "description_ar", analyzer = SearchAnalysis.ARABIC)
    @FullTextField(name = "description_en", analyzer = SearchAnalysis.ENGLISH)
    private String description = "";

    @Column(name = "place_id")
    @GenericField(name = PLACE, projectable = Projectable.YES)
    private @Nullable Long placeId;

    @Column(name = "online_url")
    @GenericField(name = ONLINE_URL, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    @GenericField(name = STARTS_AT, sortable = Sortable.YES, projectable = Projectable.YES)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    @GenericField(name = ENDS_AT, projectable = Projectable.YES)
    private Instant endsAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @GenericField(name = CATEGORY, projectable = Projectable.YES)
    private Category category = Category.OTHER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @GenericField(name = AUDIENCE, projectable = Projectable.YES)
    private Audience audience = Audience.EVERYONE;

    @Column(name = "child_friendly", nullable = false)
    @GenericField(name = CHILD_FRIENDLY, projectable = Projectable.YES)
    private boolean childFriendly;

    @Column(name = "cost_sek")
    @ScaledNumberField(name = COST, decimalScale = 2, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable BigDecimal costSek;

    @GenericField(name = CAPACITY, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable Integer capacity;

    @Column(name = "signup_deadline")
    @GenericField(name = DEADLINE, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable Instant signupDeadline;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "organiser_name", nullable = false)
    @GenericField(name = ORGANISER_NAME, searchable = Searchable.NO, projectable = Projectable.YES)
    private String organiserName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @GenericField(name = STATUS, projectable = Projectable.YES)
    private EventStatus status = EventStatus.PUBLISHED;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    /** Confirmed seats, kept in step with the sign-ups under the event's row lock. */
    @Column(name = "confirmed_count", nullable = false)
    @GenericField(name = CONFIRMED, searchable = Searchable.NO, projectable = Projectable.YES)
    private int confirmedCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "companions_max", nullable = false)
    private int companionsMax;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "events_event_language", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "language_code")
    @GenericField(name = LANGUAGES, projectable = Projectable.YES)
    private Set<String> languages = new HashSet<>();

    @Column(name = "approval_required", nullable = false)
    @GenericField(name = APPROVAL, searchable = Searchable.NO, projectable = Projectable.YES)
    private boolean approvalRequired;

    @Column(name = "series_id")
    @GenericField(name = SERIES, searchable = Searchable.NO, projectable = Projectable.YES)
    private @Nullable Long seriesId;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind")
    private @Nullable OrganisationKind organisationKind;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(name = "review_note")
    private @Nullable String reviewNote;

    @ElementCollection
    @CollectionTable(name = "events_seat_quota", joinColumns = @JoinColumn(name = "event_id"))
    private List<QuotaEmbeddable> quotas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "events_event_question", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> questions = new ArrayList<>();

    protected EventEntity() {}

    /** Free of charge: no cost given, or zero (what the "free" filter means). */
    @GenericField(name = FREE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "costSek")))
    public boolean isFreeOfCharge() {
        return costSek == null || costSek.signum() == 0;
    }

    public EventEntity(long organiserId, String organiserName, Instant createdAt) {
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.createdAt = createdAt;
    }

    public void describe(
            String title,
            String description,
            @Nullable Long placeId,
            @Nullable String onlineUrl,
            Instant startsAt,
            Instant endsAt,
            Category category,
            Audience audience,
            Set<String> languages,
            boolean childFriendly,
            @Nullable BigDecimal costSek,
            @Nullable Integer capacity,
            @Nullable Instant signupDeadline) {
        this.title = title;
        this.description = description;
        this.placeId = placeId;
        this.onlineUrl = onlineUrl;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.category = category;
        this.audience = audience;
        this.languages.clear();
        this.languages.addAll(languages);
        this.childFriendly = childFriendly;
        this.costSek = costSek;
        this.capacity = capacity;
        this.signupDeadline = signupDeadline;
    }

    /** Quotas, approval, questions and companions; {@code quotas} as given (release times placed). */
    public void setSignUpRules(
            List<SeatQuota> quotas, boolean approvalRequired, List<String> questions, int companionsMax) {
        this.companionsMax = Math.max(0, companionsMax);
        this.quotas.clear();
        quotas.forEach(q -> this.quotas.add(new QuotaEmbeddable(q)));
        this.approvalRequired = approvalRequired;
        this.questions.clear();
        this.questions.addAll(questions);
    }

    public void organiseFor(@Nullable OnBehalfOf onBehalfOf) {
        this.organisationKind = onBehalfOf == null ? null : onBehalfOf.kind();
        this.organisationId = onBehalfOf == null ? null : onBehalfOf.organisationId();
    }

    public @Nullable OnBehalfOf onBehalfOf() {
        return organisationKind == null || organisationId == null
                ? null
                : new OnBehalfOf(organisationKind, organisationId);
    }

    public void partOf(@Nullable Long seriesId) {
        this.seriesId = seriesId;
    }

    public @Nullable Long seriesId() {
        return seriesId;
    }

    public List<SeatQuota> quotas() {
        return quotas.stream().map(QuotaEmbeddable::toQuota).toList();
    }

    public boolean approvalRequired() {
        return approvalRequired;
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }

    public void awaitReview() {
        status = EventStatus.PENDING_APPROVAL;
    }

    public void approve() {
        status = EventStatus.PUBLISHED;
        reviewNote = null;
    }

    public void decline(String note) {
        status = EventStatus.DECLINED;
        reviewNote = note;
    }

    public @Nullable String reviewNote() {
        return reviewNote;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public @Nullable Long placeId() {
        return placeId;
    }

    public EventSummary toSummary() {
        return EventSummary.builder()
                .id(id())
                .titles(texts(TITLE_FIELD, title))
                .descriptions(texts(DESCRIPTION_FIELD, description))
                .startsAt(startsAt)
                .endsAt(endsAt)
                .placeId(placeId == null ? null : new PlaceId(placeId))
                .onlineUrl(onlineUrl)
                .category(category)
                .audience(audience)
                .languages(Set.copyOf(languages))
                .childFriendly(childFriendly)
                .costSek(costSek)
                .capacity(capacity)
                .confirmed(confirmedCount)
                .signupDeadline(signupDeadline)
                .status(status)
                .organiserName(organiserName)
                .seriesId(seriesId == null ? null : new SeriesId(seriesId))
                .approvalRequired(approvalRequired)
                .build();
    }

    public EventId id() {
        if (id == null) {
            throw new IllegalStateException("Event not saved yet");
        }
        return new EventId(id);
    }

    public void seatsTaken(int seats) {
        confirmedCount += seats;
    }

    public void seatsFreed(int seats) {
        confirmedCount = Math.max(0, confirmedCount - seats);
    }

    /** How many companions (adults and children together) one sign-up may bring; 0: none. */
    public int companionsMax() {
        return companionsMax;
    }

    public void cancel(String reason) {
        status = EventStatus.CANCELLED;
        cancelReason = reason;
    }

    /** @throws InvalidInputException "event" unless published, not started and before any deadline */
    public void requireOpenForSignUp(Instant now) {
        if (status != EventStatus.PUBLISHED) {
            throw new InvalidInputException("event", "events.signup.cancelled");
        }
        if (!now.isBefore(startsAt) || signupDeadline != null && now.isAfter(signupDeadline)) {
            throw new InvalidInputException("event", "events.signup.closed");
        }
    }

    public long organiserId() {
        return organiserId;
    }

    public String title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public @Nullable Instant signupDeadline() {
        return signupDeadline;
    }

    public EventStatus status() {
        return status;
    }

    public int confirmedCount() {
        return confirmedCount;
    }

    public @Nullable Integer capacity() {
        return capacity;
    }
}
