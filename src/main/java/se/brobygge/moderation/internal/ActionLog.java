package se.brobygge.moderation.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.LogEntry;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.i18n.Language;

/** The action log: every moderation action, who (null: the system), what, on what, why, when. */
@Component
public class ActionLog {

    private final LogRepository log;
    private final Journal journal;
    private final AccessAudit audit;

    ActionLog(LogRepository log, Journal journal, AccessAudit audit) {
        this.log = log;
        this.journal = journal;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<LogEntry> recent(int max) {
        return toEntries(log.recent(PageRequest.of(0, max)));
    }

    /** The log since a time as CSV (UTF-8 with a byte-order mark): time, who, action, target, reason. */
    @Transactional
    public byte[] csv(Instant from, Locale locale, AccountId actor) {
        audit.record(
                new StaffAccess(actor.value(), AccessKind.EXPORT, null, "moderation:log-csv", "/staff/moderation/log"));
        Language language = Language.of(locale);
        CsvWriter csv = CsvWriter.withHeader(
                journal.translate("moderation.log.time", language),
                journal.translate("moderation.log.who", language),
                journal.translate("moderation.log.action", language),
                journal.translate("moderation.log.target", language),
                journal.translate("moderation.log.reason", language));
        for (LogEntry e : toEntries(log.since(from))) {
            csv.row(
                    e.at().toString(),
                    e.actorName() == null ? "system" : e.actorName(),
                    e.action(),
                    e.target(),
                    e.reason() == null ? "" : e.reason());
        }
        return csv.toBytes();
    }

    private List<LogEntry> toEntries(List<LogEntity> entries) {
        Set<AccountId> people = new HashSet<>();
        entries.forEach(e -> {
            if (e.actorId() != null) {
                people.add(new AccountId(e.actorId()));
            }
        });
        Map<AccountId, String> names = journal.names(people);
        return entries.stream()
                .map(e -> new LogEntry(
                        e.id(),
                        e.createdAt(),
                        e.actorId() == null ? null : names.getOrDefault(new AccountId(e.actorId()), "?"),
                        e.action(),
                        e.target(),
                        e.reason()))
                .toList();
    }
}
