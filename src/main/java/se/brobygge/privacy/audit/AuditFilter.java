package se.brobygge.privacy.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.audit.AccessKind;

/** Who (a staff member's account id), what (a kind of access) and when (from inclusive, to exclusive). */
public record AuditFilter(
        @Nullable AccountId actorId,
        @Nullable AccessKind kind,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
