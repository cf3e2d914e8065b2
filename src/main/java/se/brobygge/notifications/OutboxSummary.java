package se.brobygge.notifications;

import java.util.List;

/** How the outbox is doing: counts and the mails that need attention. */
public record OutboxSummary(long pending, long sent, long failed, List<OutboxEntry> needingAttention) {}
