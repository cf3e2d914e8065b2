package se.brobygge.messaging;

import java.util.List;
import se.brobygge.shared.messaging.Relationship;

/** Someone I may write to, and why. */
public record Contact(long accountId, String displayName, List<Relationship> relationships) {}
