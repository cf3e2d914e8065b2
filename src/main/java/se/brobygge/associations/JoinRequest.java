package se.brobygge.associations;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A join request or question. {@code residentName} is the sender's display name; the phone number
 * or e-mail address is there only when they chose to be contacted that way (and only for the
 * association's representatives).
 */
public record JoinRequest(
        long id,
        AssociationId associationId,
        String associationName,
        long accountId,
        String residentName,
        RequestKind kind,
        String message,
        String language,
        ContactBy contactBy,
        @Nullable String contactPhone,
        @Nullable String contactEmail,
        RequestStatus status,
        @Nullable String answer,
        @Nullable Instant answeredAt,
        Instant sentAt,
        long version) {}
