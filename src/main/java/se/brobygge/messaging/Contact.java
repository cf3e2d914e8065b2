package se.brobygge.messaging;

import java.util.List;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.messaging.Relationship;

/** Someone I may write to, and why. */
public record Contact(AccountId accountId, String displayName, List<Relationship> relationships) {}
