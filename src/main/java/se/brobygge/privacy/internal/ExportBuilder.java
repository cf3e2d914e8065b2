package se.brobygge.privacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.operations.LongWork;
import se.brobygge.shared.operations.LongWorkRunner;
import se.brobygge.shared.privacy.PersonalData;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds exports in the background: one JSON file per module and a summary in the person's
 * language, zipped and stored in the database, where every node can serve it for seven days. Each
 * build reads only the account of its own export row, so builds running side by side never mix.
 */
@Component
public class ExportBuilder {

    /** How long a finished export can be downloaded. */
    public static final Duration KEPT = Duration.ofDays(7);

    private static final Logger log = LoggerFactory.getLogger(ExportBuilder.class);

    private final ExportStore store;
    private final PersonalDataModules modules;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final TranslationProvider translations;
    private final Clock clock;
    private final LongWorkRunner longWork;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    ExportBuilder(
            ExportStore store,
            PersonalDataModules modules,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            TranslationProvider translations,
            Clock clock,
            LongWorkRunner longWork) {
        this.longWork = longWork;
        this.store = store;
        this.modules = modules;
        this.transactions = transactions;
        this.executor = executor;
        this.translations = translations;
        this.clock = clock;
    }

    public int parts() {
        return modules.all().size() + 1;
    }

    /** Starts building once the requesting transaction has committed. */
    public void startAfterCommit(long exportId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(() -> longWork.run(() -> build(exportId)));
                }
            });
        } else {
            executor.execute(() -> longWork.run(() -> build(exportId)));
        }
    }

    /** Builds one export, if no other worker has started it. */
    public void build(long exportId) {
        if (!store.start(exportId)) {
            return;
        }
        long accountId = store.find(exportId).orElseThrow().accountId();
        Locale locale = Language.byCode(store.language(exportId))
                .orElse(Language.DEFAULT)
                .locale();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Map<String, Integer> counts = new LinkedHashMap<>();
            try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
                int done = 0;
                for (PersonalData module : modules.all()) {
                    Map<String, Object> data = transactions.execute(status -> {
                        status.setRollbackOnly();
                        return module.export(accountId);
                    });
                    counts.put(module.module(), count(data));
                    zip.putNextEntry(new ZipEntry(module.module() + ".json"));
                    zip.write(json.writeValueAsBytes(data));
                    zip.closeEntry();
                    store.progress(exportId, ++done);
                }
                zip.putNextEntry(new ZipEntry("summary.txt"));
                zip.write(summary(counts, locale).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Instant now = clock.instant();
            store.ready(exportId, bytes.toByteArray(), now, now.plus(KEPT));
        } catch (IOException | RuntimeException e) {
            log.error("Export {} failed", exportId, e);
            Instant now = clock.instant();
            store.failed(exportId, now.plus(KEPT));
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }

    /** Rows in a module's export (each table's list of rows). */
    private static int count(Map<String, Object> data) {
        return data.values().stream()
                .mapToInt(v -> v instanceof List<?> list ? list.size() : 1)
                .sum();
    }

    /** A plain-text summary a person can read without tools, in their language. */
    String summary(Map<String, Integer> counts, Locale locale) {
        StringBuilder text = new StringBuilder();
        text.append(t("privacy.summary.title", locale)).append("\n\n");
        text.append(t("privacy.summary.intro", locale, Formats.dateTime(clock.instant(), locale)))
                .append("\n\n");
        counts.forEach((module, rows) -> text.append("- ")
                .append(module)
                .append(".json: ")
                .append(t("privacy.summary.module." + module, locale))
                .append(" ")
                .append(t("privacy.summary.rows", locale, rows))
                .append("\n"));
        text.append("\n").append(t("privacy.summary.outro", locale)).append("\n");
        return text.toString();
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /**
     * Exports whose node stopped before finishing are started again here, once per tick across
     * all nodes.
     */
    @SchedulerLock(name = "privacy.resume-exports", lockAtMostFor = "PT30M")
    @Scheduled(fixedDelayString = "${brobygge.privacy.resume-check:PT5M}", initialDelayString = "PT2M")
    @LongWork
    public void resumeStalled() {
        for (long id : store.stalled(clock.instant().minus(Duration.ofMinutes(15)))) {
            store.restart(id);
            build(id);
        }
    }
}
