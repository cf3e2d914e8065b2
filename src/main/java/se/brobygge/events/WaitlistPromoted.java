package se.brobygge.events;

import java.time.Instant;
import se.brobygge.identity.AccountId;

/** A seat came free and the first person waiting got it. */
public record WaitlistPromoted(
        AccountId accountId, EventId eventId, String title, Instant startsAt, String code, Instant signedUpAt) {}
