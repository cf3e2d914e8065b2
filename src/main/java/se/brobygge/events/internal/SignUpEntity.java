package se.brobygge.events.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.SignUpStatus;

@Entity
@Table(name = "events_signup")
public class SignUpEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "event_id", nullable = false)
    private long eventId;

    /** Null once the retention schedule has anonymised a past sign-up (events.past-sign-ups). */
    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignUpStatus status = SignUpStatus.WAITING;

    @Column(nullable = false)
    private String code = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "checked_in_at")
    private @Nullable Instant checkedInAt;

    @Column(name = "guest_token_hash")
    private @Nullable String guestTokenHash;

    @Column(name = "group_code")
    private @Nullable String groupCode;

    @Column(name = "seat_group")
    private @Nullable String seatGroup;

    /** Companions coming along: each takes a seat beside the person (decision 0044). */
    @Column(nullable = false)
    private int adults;

    @Column(nullable = false)
    private int children;

    @ElementCollection
    @CollectionTable(name = "events_signup_answer", joinColumns = @JoinColumn(name = "signup_id"))
    @OrderColumn(name = "position")
    @Column(name = "answer")
    private List<String> answers = new ArrayList<>();

    protected SignUpEntity() {}

    public SignUpEntity(long eventId, long accountId, SignUpStatus status, String code, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.status = status;
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Sign-up not saved yet");
        }
        return id;
    }

    public long eventId() {
        return eventId;
    }

    /** The person who signed up; 0 once the sign-up has been anonymised by the retention schedule. */
    public long accountId() {
        return accountId == null ? 0L : accountId;
    }

    public SignUpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant checkedInAt() {
        return checkedInAt;
    }

    /** Back in line (or seated) after having cancelled: the queue position starts now. */
    public void rejoin(SignUpStatus status, Instant now) {
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new link secret for a guest's mail; only its hash is kept. */
    public void guestToken(String hash) {
        this.guestTokenHash = hash;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable String groupCode() {
        return groupCode;
    }

    /** The quota whose seat this person holds; null for a general seat (or no seat). */
    public @Nullable String seatGroup() {
        return seatGroup;
    }

    public List<String> answers() {
        return List.copyOf(answers);
    }

    public void describe(@Nullable String groupCode, List<String> answers) {
        this.groupCode = groupCode;
        this.answers.clear();
        this.answers.addAll(answers);
    }

    /** Seated: in a quota's seat ({@code seatGroup}) or a general seat (null). */
    public void seat(@Nullable String seatGroup, Instant now) {
        this.status = SignUpStatus.CONFIRMED;
        this.seatGroup = seatGroup;
        this.updatedAt = now;
    }

    public int adults() {
        return adults;
    }

    public int children() {
        return children;
    }

    /** Seats this sign-up takes: the person and their companions. */
    public int partySize() {
        return 1 + adults + children;
    }

    /** Who comes along; callers check the event's limit and, when seated, the seats. */
    public void bring(int adults, int children, Instant now) {
        this.adults = adults;
        this.children = children;
        this.updatedAt = now;
    }

    public void checkIn(Instant now) {
        if (checkedInAt == null) {
            checkedInAt = now;
        }
    }

    public void undoCheckIn() {
        checkedInAt = null;
    }

    public void change(SignUpStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
        if (status != SignUpStatus.CONFIRMED) {
            this.seatGroup = null;
        }
    }
}
