package se.brobygge.identity;

import java.time.Instant;

/** An invitation to represent an organisation that has not been accepted yet. */
public record RepresentativeInvitation(
        long id,
        OrganisationKind kind,
        long organisationId,
        String email,
        RepresentativeRole role,
        Instant invitedAt,
        Instant expiresAt) {}
