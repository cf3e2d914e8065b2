package se.brobygge.moderation;

/**
 * Settings staff may change at run time.
 *
 * @param autoHideReports  reports that hide an item until a moderator has looked (at least 1)
 * @param newAccountPosts  a new writer's first N posts wait in the queue (0: off)
 * @param newAccountDays   a writer's posts wait in the queue during D days from their first (0: off)
 */
public record ModerationSettings(int autoHideReports, int newAccountPosts, int newAccountDays) {}
