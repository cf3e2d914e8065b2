package se.brobygge.events;

import java.time.Instant;
import java.util.List;
import se.brobygge.identity.AccountId;

/** An event was called off; everyone with a seat or in line is told, with the reason. */
public record EventCancelled(EventId eventId, String title, Instant startsAt, String reason, List<AccountId> people) {}
