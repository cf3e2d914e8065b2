package se.brobygge.moderation.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.WordAction;
import se.brobygge.shared.LocalRunOnly;

/**
 * Demo moderation for the local run: reports on a rude demo post (so the review queue has work)
 * and a few watched words. Runs after the other modules' demo data, once.
 */
@Component
@LocalRunOnly
@Order(90)
class DemoModeration implements ApplicationRunner {

    private final Reports moderationReports;
    private final WatchedWords watchedWords;
    private final ItemRepository items;
    private final ReportRepository reports;
    private final WatchedWordRepository words;
    private final Recipients recipients;

    DemoModeration(
            Reports moderationReports,
            WatchedWords watchedWords,
            ItemRepository items,
            ReportRepository reports,
            WatchedWordRepository words,
            Recipients recipients) {
        this.moderationReports = moderationReports;
        this.watchedWords = watchedWords;
        this.items = items;
        this.reports = reports;
        this.words = words;
        this.recipients = recipients;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (reports.count() > 0 || words.count() > 0) {
            return;
        }
        AccountId lina = recipients.idOf("lina@demo.brohamn.example").orElse(null);
        AccountId amal = recipients.idOf("amal@demo.brohamn.example").orElse(null);
        AccountId sara = recipients.idOf("sara@demo.brohamn.example").orElse(null);
        if (lina == null || amal == null || sara == null) {
            return;
        }
        items.findAll().stream()
                .filter(i -> i.text().contains("idioter"))
                .findFirst()
                .ifPresent(item -> {
                    moderationReports.report(
                            item.ref(), amal, ReportReason.OFFENSIVE, "Personangrepp på kommunens personal", null);
                    moderationReports.report(item.ref(), sara, ReportReason.OFFENSIVE, null, null);
                });
        watchedWords.add("sv", "idioter", WordAction.FLAG, null, lina);
        watchedWords.add("*", "casino", WordAction.QUEUE, null, lina);
        watchedWords.add("sv", "dödshot", WordAction.BLOCK, "Hot är inte tillåtna i Brobygge.", lina);
    }
}
