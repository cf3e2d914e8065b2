package se.brobygge.employers.internal;

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
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.jspecify.annotations.Nullable;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionId;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TextTranslation;
import se.brobygge.shared.i18n.TextTranslations;
import se.brobygge.shared.text.PlainText;

@Entity
@Table(name = "employers_session")
public class SessionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String theme = "";
    private String description = "";

    @Column(name = "place_id")
    private @Nullable Long placeId;

    private @Nullable String area;

    @Column(name = "starts_at")
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at")
    private Instant endsAt = Instant.EPOCH;

    @Column(name = "signup_deadline")
    private @Nullable Instant signupDeadline;

    @Column(name = "series_key")
    private @Nullable String seriesKey;

    @Column(name = "event_id")
    private @Nullable Long eventId;

    private int seats;

    @Column(name = "quota_newcomer")
    private int quotaNewcomer;

    @Column(name = "quota_company")
    private int quotaCompany;

    @Column(name = "quota_association")
    private int quotaAssociation;

    @Column(name = "quota_politician")
    private int quotaPolitician;

    @Column(name = "quota_authority")
    private int quotaAuthority;

    @Column(name = "table_size")
    private int tableSize = 5;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Version
    private long version;

    /** The theme and description in other languages than Swedish (decision 0050); the originals stay above. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "employers_session_text", joinColumns = @JoinColumn(name = "session_id"))
    private Set<TextTranslation> translations = new HashSet<>();

    protected SessionEntity() {}

    public SessionEntity(
            String theme,
            String description,
            @Nullable Long placeId,
            @Nullable String area,
            Instant startsAt,
            Instant endsAt,
            @Nullable Instant signupDeadline,
            @Nullable String seriesKey,
            int seats,
            Map<ParticipantRole, Integer> quotas,
            long createdBy,
            Instant createdAt) {
        this.seats = seats;
        this.theme = theme;
        this.description = description;
        this.placeId = placeId;
        this.area = area;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.signupDeadline = signupDeadline;
        this.seriesKey = seriesKey;
        this.quotaNewcomer = quotas.getOrDefault(ParticipantRole.NEWCOMER, 0);
        this.quotaCompany = quotas.getOrDefault(ParticipantRole.COMPANY, 0);
        this.quotaAssociation = quotas.getOrDefault(ParticipantRole.ASSOCIATION, 0);
        this.quotaPolitician = quotas.getOrDefault(ParticipantRole.POLITICIAN, 0);
        this.quotaAuthority = quotas.getOrDefault(ParticipantRole.AUTHORITY, 0);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public SessionId id() {
        return new SessionId(id == null ? 0 : id);
    }

    public Map<ParticipantRole, Integer> quotas() {
        Map<ParticipantRole, Integer> q = new EnumMap<>(ParticipantRole.class);
        q.put(ParticipantRole.NEWCOMER, quotaNewcomer);
        q.put(ParticipantRole.COMPANY, quotaCompany);
        q.put(ParticipantRole.ASSOCIATION, quotaAssociation);
        q.put(ParticipantRole.POLITICIAN, quotaPolitician);
        q.put(ParticipantRole.AUTHORITY, quotaAuthority);
        return q;
    }

    public int quota(ParticipantRole role) {
        return Objects.requireNonNull(quotas().get(role), "quotas() has every role");
    }

    public int seats() {
        return seats;
    }

    public String description() {
        return description;
    }

    public @Nullable Long placeId() {
        return placeId;
    }

    public String theme() {
        return theme;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public @Nullable Instant signupDeadline() {
        return signupDeadline;
    }

    public @Nullable String seriesKey() {
        return seriesKey;
    }

    public @Nullable Long eventId() {
        return eventId;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** The theme and description in other languages; blank ones are left out, each cleaned like its original. */
    public void translate(Map<Language, String> themes, Map<Language, String> descriptions) {
        TextTranslations.write(translations, "theme", TextTranslations.cleaned(themes, PlainText::line));
        TextTranslations.write(translations, "description", TextTranslations.cleaned(descriptions, String::strip));
    }

    public Map<Language, String> themeTranslations() {
        return TextTranslations.translations(translations, "theme");
    }

    public Map<Language, String> descriptionTranslations() {
        return TextTranslations.translations(translations, "description");
    }

    /** New time, place or texts; seats and quotas stay. A cancelled session is not changed. */
    public void change(
            String theme,
            String description,
            @Nullable Long placeId,
            @Nullable String area,
            Instant startsAt,
            Instant endsAt,
            @Nullable Instant signupDeadline) {
        if (cancelledAt != null) {
            throw new IllegalStateException("session " + id + " is cancelled");
        }
        this.theme = theme;
        this.description = description;
        this.placeId = placeId;
        this.area = area;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.signupDeadline = signupDeadline;
    }

    /** Cancels the session once; returns false when it was cancelled already. */
    public boolean cancel(String reason, Instant now) {
        if (cancelledAt != null) {
            return false;
        }
        this.cancelledAt = now;
        this.cancelReason = reason;
        return true;
    }

    public long version() {
        return version;
    }

    public void linkEvent(long eventId) {
        this.eventId = eventId;
    }

    public int tableSize() {
        return tableSize;
    }

    /** The solver's next plan seats people at tables of {@code size}. */
    public void seatAtTablesOf(int size) {
        this.tableSize = size;
    }

    public Session toRecord(Map<ParticipantRole, Integer> taken) {
        return new Session(
                id(),
                theme,
                description,
                placeId,
                area,
                startsAt,
                endsAt,
                signupDeadline,
                seriesKey,
                eventId,
                seats,
                quotas(),
                taken,
                tableSize,
                cancelledAt,
                cancelReason,
                version,
                themeTranslations(),
                descriptionTranslations());
    }
}
