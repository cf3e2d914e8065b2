package se.brobygge.employers;

import org.jspecify.annotations.Nullable;

/** Someone registered for a session, with their role, organisation and table (once seated). */
public record Participant(
        long accountId,
        String displayName,
        ParticipantRole role,
        @Nullable EmployerId employerId,
        @Nullable String organisationName,
        RegistrationStatus status,
        @Nullable Integer table) {}
