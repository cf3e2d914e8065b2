package se.brobygge.employers;

import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;

/** Someone registered for a session, with their role, organisation and table (once seated). */
public record Participant(
        AccountId accountId,
        String displayName,
        ParticipantRole role,
        @Nullable EmployerId employerId,
        @Nullable String organisationName,
        RegistrationStatus status,
        @Nullable Integer table) {}
