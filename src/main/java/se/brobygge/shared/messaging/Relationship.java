package se.brobygge.shared.messaging;

/**
 * Why two people may write to each other now, e.g. kind "event", label "Språkcafé 3 dec",
 * link "/events/42". Shown at the top of the conversation.
 */
public record Relationship(String kind, String label, String link) {
}
