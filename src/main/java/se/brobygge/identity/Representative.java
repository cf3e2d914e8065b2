package se.brobygge.identity;

import java.time.Instant;

/** One representative of an organisation, as its other representatives and staff see them. */
public record Representative(AccountId accountId, String displayName, RepresentativeRole role, Instant grantedAt) {}
