package se.brobygge.moderation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Defaults for moderation's settings ({@code brobygge.moderation.*}); staff may change them at run
 * time (stored in moderation_setting, which wins over these).
 *
 * @param autoHideReports reports that hide an item pending review
 * @param newAccountPosts a new writer's first N posts are held for review (0: off)
 * @param newAccountDays  posts are held during D days from a writer's first (0: off)
 */
@ConfigurationProperties("brobygge.moderation")
public record ModerationProperties(
        @DefaultValue("3") int autoHideReports,
        @DefaultValue("0") int newAccountPosts,
        @DefaultValue("0") int newAccountDays) {}
