package se.brobygge.identity;

import java.time.Instant;

/** An account represents an organisation (an association or an employer) kept by another module. */
public record Representation(AccountId accountId, OrganisationKind kind, long organisationId, Instant grantedAt) {}
