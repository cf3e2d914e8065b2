package se.brobygge.events.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

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
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventId;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;

@Entity
@Table(name = "events_event")
@Indexed(index = "events")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    @FullTextField(name = "title_sv", analyzer = SearchAnalysis.SWEDISH)
    @FullTextField(name = "title_ar", analyzer = SearchAnalysis.ARABIC)
    @FullTextField(name = "title_en", analyzer = SearchAnalysis.ENGLISH)
    private String title = "";

    @Column(nullable = false)
    @FullTextField(name = "description_sv", analyzer = SearchAnalysis.SWEDISH)
    @FullTextField(name = "description_ar", analyzer = SearchAnalysis.ARABIC)
    @FullTextField(name = "description_en", analyzer = SearchAnalysis.ENGLISH)
    private String description = "";

    @Column(name = "place_id")
    private @Nullable Long placeId;

    @Column(name = "online_url")
    private @Nullable String onlineUrl;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category = Category.OTHER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience = Audience.EVERYONE;

    @Column(name = "child_friendly", nullable = false)
    private boolean childFriendly;

    @Column(name = "cost_sek")
    private @Nullable BigDecimal costSek;

    private @Nullable Integer capacity;

    @Column(name = "signup_deadline")
    private @Nullable Instant signupDeadline;

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "organiser_name", nullable = false)
    private String organiserName = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.PUBLISHED;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    /** Confirmed seats, kept in step with the sign-ups under the event's row lock. */
    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "events_event_language", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "language_code")
    private Set<String> languages = new HashSet<>();

    protected EventEntity() {
    }

    public EventEntity(long organiserId, String organiserName, Instant createdAt) {
        this.organiserId = organiserId;
        this.organiserName = organiserName;
        this.createdAt = createdAt;
    }

    public void describe(String title, String description, @Nullable Long placeId, @Nullable String onlineUrl,
            Instant startsAt, Instant endsAt, Category category, Audience audience, Set<String> languages,
            boolean childFriendly, @Nullable BigDecimal costSek, @Nullable Integer capacity,
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

    public EventSummary toSummary() {
        return new EventSummary(id(), title, description, startsAt, endsAt, placeId, onlineUrl, category, audience,
                Set.copyOf(languages), childFriendly, costSek, capacity, confirmedCount, signupDeadline, status,
                organiserName);
    }

    public EventId id() {
        if (id == null) {
            throw new IllegalStateException("Event not saved yet");
        }
        return new EventId(id);
    }

    public boolean hasFreeSeat() {
        return capacity == null || confirmedCount < capacity;
    }

    public void seatTaken() {
        confirmedCount++;
    }

    public void seatFreed() {
        confirmedCount = Math.max(0, confirmedCount - 1);
    }

    public void cancel(String reason) {
        status = EventStatus.CANCELLED;
        cancelReason = reason;
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
