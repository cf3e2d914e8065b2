package se.brobygge.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.events.SeatQuota;

/** A row of events_seat_quota. */
@Embeddable
public class QuotaEmbeddable {

    @Column(name = "group_code", nullable = false)
    private String group = "";

    @Column(nullable = false)
    private int seats;

    @Column(name = "released_at")
    private @Nullable Instant releasedAt;

    protected QuotaEmbeddable() {}

    QuotaEmbeddable(SeatQuota quota) {
        this.group = quota.group();
        this.seats = quota.seats();
        this.releasedAt = quota.releasedAt();
    }

    SeatQuota toQuota() {
        return new SeatQuota(group, seats, releasedAt);
    }
}
