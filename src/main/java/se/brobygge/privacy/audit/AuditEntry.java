package se.brobygge.privacy.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.audit.AccessKind;

/** One audit record with today's display names of the people it names (blank once deleted). */
public record AuditEntry(
        long id,
        Instant at,
        AccountId actorId,
        String actorName,
        AccessKind kind,
        @Nullable AccountId subjectAccountId,
        String subjectName,
        String what,
        String where) {}
