package se.brobygge.notifications.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.notifications.Delivery;
import se.brobygge.shared.BrobyggeProperties;
import se.brobygge.shared.i18n.Language;

/**
 * Daily and weekly digests: what a person chose to get collected is mailed in one message, in
 * their language, at 07:00 in the municipality's time (weekly: Mondays). The job runs hourly and
 * sends everything created before the latest such morning, so a node that was down at seven
 * catches up at eight; one node runs it per tick (ShedLock) and rows are claimed with SKIP LOCKED.
 */
@Component
public class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);
    static final LocalTime SEND_AT = LocalTime.of(7, 0);

    private final NotificationStore store;
    private final MailOutbox outbox;
    private final MailComposer composer;
    private final UnsubscribeTokens tokens;
    private final NotificationCenter center;
    private final Recipients recipients;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    DigestJob(
            NotificationStore store,
            MailOutbox outbox,
            MailComposer composer,
            UnsubscribeTokens tokens,
            NotificationCenter center,
            Recipients recipients,
            TransactionTemplate transactions,
            Clock clock,
            BrobyggeProperties properties) {
        this.store = store;
        this.outbox = outbox;
        this.composer = composer;
        this.tokens = tokens;
        this.center = center;
        this.recipients = recipients;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = properties.municipality().zone();
    }

    @Scheduled(cron = "0 5 * * * *", zone = "Europe/Stockholm")
    @SchedulerLock(name = "notifications.digests", lockAtMostFor = "PT30M")
    public void tick() {
        sendDue(clock.instant());
    }

    /** Queues the digests due at {@code now}; returns how many mails were queued. */
    public int sendDue(Instant now) {
        int queued = 0;
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime daily = local.with(SEND_AT);
        if (daily.isAfter(local)) {
            daily = daily.minusDays(1);
        }
        ZonedDateTime weekly =
                local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(SEND_AT);
        if (weekly.isAfter(local)) {
            weekly = weekly.minusWeeks(1);
        }
        queued += send(Delivery.DAILY, daily.toInstant(), now);
        queued += send(Delivery.WEEKLY, weekly.toInstant(), now);
        return queued;
    }

    private int send(Delivery cadence, Instant cutoff, Instant now) {
        int queued = 0;
        for (long account : store.accountsWithDigestDue(cadence, cutoff)) {
            Boolean done = transactions.execute(status -> sendOne(account, cadence, cutoff, now));
            if (Boolean.TRUE.equals(done)) {
                queued++;
            }
        }
        if (queued > 0) {
            log.info("{} {} digests queued", queued, cadence);
        }
        return queued;
    }

    private boolean sendOne(long account, Delivery cadence, Instant cutoff, Instant now) {
        List<NotificationStore.Stored> claimed = store.claimDigest(account, cadence, cutoff);
        if (claimed.isEmpty()) {
            return false;
        }
        // Whoever turned mail off for a kind since (e.g. with the link in an earlier mail) gets the bell only.
        List<NotificationStore.Stored> items = claimed.stream()
                .filter(s -> store.preference(account, s.kind()) != Delivery.IN_APP)
                .toList();
        var recipient =
                items.isEmpty() ? Optional.<Recipients.Recipient>empty() : recipients.of(new AccountId(account));
        if (recipient.isPresent()) {
            Language language = Language.byCode(recipient.get().language()).orElse(Language.DEFAULT);
            Locale locale = language.locale();
            String name = cadence.name().toLowerCase(Locale.ROOT);
            List<MailComposer.Item> parts = new ArrayList<>();
            List<MailComposer.Unsubscribe> ways = new ArrayList<>();
            for (NotificationStore.Stored s : items) {
                Object[] params = s.params(locale);
                parts.add(new MailComposer.Item(
                        store.translate(s.subjectKey(), locale, params),
                        store.translate(s.bodyKey(), locale, params),
                        s.link() == null ? null : center.absolute(s.link())));
                String label = store.translate(
                        "notifications.mail.unsubscribe",
                        locale,
                        store.translate("notifications.kind." + s.kind(), locale));
                if (ways.stream().noneMatch(w -> w.label().equals(label))) {
                    ways.add(new MailComposer.Unsubscribe(label, tokens.pageUrl(account, s.kind())));
                }
            }
            ways.add(new MailComposer.Unsubscribe(
                    store.translate("notifications.mail.unsubscribeAll", locale), tokens.pageUrl(account, null)));
            ways.add(new MailComposer.Unsubscribe(
                    store.translate("notifications.mail.preferences", locale),
                    center.absolute("/notifications/settings")));
            RenderedMail mail = composer.composeDigest(
                    language,
                    recipient.get().displayName(),
                    store.translate("notifications.digest." + name + ".subject", locale, items.size()),
                    store.translate("notifications.digest." + name + ".intro", locale, items.size()),
                    parts,
                    ways);
            outbox.enqueue(
                    MailOutbox.NORMAL,
                    "digest:" + name + ":" + account + ":" + cutoff.getEpochSecond(),
                    recipient.get().email(),
                    language,
                    mail,
                    tokens.oneClickUrl(account, null));
        }
        store.markDigested(claimed.stream().map(NotificationStore.Stored::id).toList(), now);
        return recipient.isPresent();
    }
}
