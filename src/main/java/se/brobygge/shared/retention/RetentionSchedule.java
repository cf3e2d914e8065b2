package se.brobygge.shared.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept ({@code brobygge.retention.*}, ISO-8601 periods such as
 * {@code P24M} or {@code P30D}); the README's "Privacy and security" section lists the defaults.
 *
 * @param pastSignUps         a sign-up to an event that ended this long ago loses its person
 * @param closedMentorships   a mentorship closed, ended early, declined or expired this long ago is
 *                            deleted with its meetings and check-ins
 * @param unverifiedAccounts  an account whose e-mail address was never confirmed is deleted
 * @param expiredTokens       a login, verification or reset token expired this long ago is deleted
 * @param readNotifications   an in-app notification read this long ago is deleted
 * @param sentMails           a sent (or finally failed) mail is deleted from the outbox
 * @param privateMessageContext the messages before a reported private message, copied for the
 *                            moderator, are deleted this long after the item was last decided
 * @param cron                when the retention job runs (Spring cron, the municipality's time zone)
 */
@ConfigurationProperties("brobygge.retention")
public record RetentionSchedule(
        @DefaultValue("P24M") Period pastSignUps,
        @DefaultValue("P36M") Period closedMentorships,
        @DefaultValue("P30D") Period unverifiedAccounts,
        @DefaultValue("P1D") Period expiredTokens,
        @DefaultValue("P90D") Period readNotifications,
        @DefaultValue("P30D") Period sentMails,
        @DefaultValue("P90D") Period privateMessageContext,
        @DefaultValue("0 30 3 * * *") String cron) {

    /** The moment {@code period} before {@code now} (calendar months counted in UTC). */
    public static Instant before(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** {@link #before} as the database's UTC timestamp, which every rule compares its rows with. */
    public static LocalDateTime cutoff(Instant now, Period period) {
        return LocalDateTime.ofInstant(before(now, period), ZoneOffset.UTC);
    }
}
