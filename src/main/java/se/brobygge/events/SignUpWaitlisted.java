package se.brobygge.events;

import java.time.Instant;
import se.brobygge.identity.AccountId;

/** The event was full: the person waits, at this position. */
public record SignUpWaitlisted(
        AccountId accountId, EventId eventId, String title, Instant startsAt, int position, Instant signedUpAt) {}
