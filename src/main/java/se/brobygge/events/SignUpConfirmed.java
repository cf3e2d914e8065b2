package se.brobygge.events;

import java.time.Instant;
import se.brobygge.identity.AccountId;

/** Someone has a seat (directly, or an organiser's approval). Mailed with the registration code. */
public record SignUpConfirmed(
        AccountId accountId, EventId eventId, String title, Instant startsAt, String code, Instant signedUpAt) {}
