package se.brobygge.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.brobygge.identity.AccountId;
import se.brobygge.notifications.Delivery;
import se.brobygge.notifications.NotificationItem;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;

/**
 * In-app notifications and preferences in the database. Texts are kept as translation keys with
 * arguments and translated when read, so the list follows the reader's current language.
 */
@Component
public class NotificationStore {

    /** Arguments are joined with the ASCII unit separator, which people cannot type in a form. */
    private static final String SEPARATOR = "\u001f";

    /** An argument that stands for the notification's time, formatted when read. */
    static final String WHEN = "\u0002when";

    private final JdbcClient jdbc;
    private final TranslationProvider translations;

    NotificationStore(JdbcClient jdbc, TranslationProvider translations) {
        this.jdbc = jdbc;
        this.translations = translations;
    }

    /** A stored notification, untranslated. */
    record Stored(
            long id,
            long accountId,
            NotificationKind kind,
            String subjectKey,
            String bodyKey,
            List<String> args,
            @Nullable Instant when,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {

        /** The arguments, with {@code when} in the reader's language where {@link #WHEN} stands, else last. */
        Object[] params(Locale locale) {
            List<Object> params = new ArrayList<>();
            String formatted = when == null ? "" : Formats.dateTime(when, locale);
            for (String arg : args) {
                params.add(WHEN.equals(arg) ? formatted : arg);
            }
            if (when != null && !args.contains(WHEN)) {
                params.add(formatted);
            }
            return params.toArray();
        }
    }

    /** Stores the notification unless one with this key exists for the person; returns its id if new. */
    Optional<Long> insert(
            long accountId,
            NotificationKind kind,
            String dedupKey,
            String subjectKey,
            String bodyKey,
            List<String> args,
            @Nullable Instant when,
            @Nullable String link,
            Instant now) {
        int rows = jdbc.sql("""
                INSERT IGNORE INTO notifications_notification
                  (account_id, kind, dedup_key, subject_key, body_key, args, when_at, link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .param(1, accountId)
                .param(2, kind.name())
                .param(3, dedupKey)
                .param(4, subjectKey)
                .param(5, bodyKey)
                .param(6, String.join(SEPARATOR, args))
                .param(7, when == null ? null : ts(when))
                .param(8, link)
                .param(9, ts(now))
                .update();
        if (rows == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM notifications_notification WHERE account_id = ? AND dedup_key = ?")
                .params(accountId, dedupKey)
                .query(Long.class)
                .optional();
    }

    void markForDigest(long id, Delivery digest) {
        jdbc.sql("UPDATE notifications_notification SET digest = ? WHERE id = ?")
                .params(digest.name(), id)
                .update();
    }

    public long unreadCount(AccountId account) {
        return jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE account_id = ? AND read_at IS NULL")
                .param(account.value())
                .query(Long.class)
                .single();
    }

    public List<NotificationItem> recent(AccountId account, Locale locale, int limit) {
        return jdbc
                .sql(SELECT + " WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(account.value(), limit)
                .query(NotificationStore::map)
                .list()
                .stream()
                .map(s -> toItem(s, locale))
                .toList();
    }

    NotificationItem toItem(Stored s, Locale locale) {
        return new NotificationItem(
                s.id(),
                s.kind(),
                translate(s.subjectKey(), locale, s.params(locale)),
                translate(s.bodyKey(), locale, s.params(locale)),
                s.link(),
                s.createdAt(),
                s.readAt() != null);
    }

    String translate(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

    public boolean markRead(AccountId account, long id, Instant now) {
        int owned = jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE id = ? AND account_id = ?")
                .params(id, account.value())
                .query(Integer.class)
                .single();
        if (owned == 0) {
            return false;
        }
        jdbc.sql(
                        "UPDATE notifications_notification SET read_at = ? WHERE id = ? AND account_id = ? AND read_at IS NULL")
                .params(ts(now), id, account.value())
                .update();
        return true;
    }

    public void markAllRead(AccountId account, Instant now) {
        jdbc.sql("UPDATE notifications_notification SET read_at = ? WHERE account_id = ? AND read_at IS NULL")
                .params(ts(now), account.value())
                .update();
    }

    public Map<NotificationKind, Delivery> preferences(AccountId account) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        jdbc.sql("SELECT kind, delivery FROM notifications_preference WHERE account_id = ?")
                .param(account.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> parse(NotificationKind.class, e.getKey())
                        .ifPresent(k -> parse(Delivery.class, e.getValue()).ifPresent(d -> result.put(k, d))));
        return result;
    }

    public Delivery preference(long accountId, NotificationKind kind) {
        return jdbc.sql("SELECT delivery FROM notifications_preference WHERE account_id = ? AND kind = ?")
                .params(accountId, kind.name())
                .query(String.class)
                .optional()
                .flatMap(d -> parse(Delivery.class, d))
                .orElse(unchosen(kind));
    }

    /** What a person gets before choosing: mail at once, but staff-only kinds only once chosen. */
    public static Delivery unchosen(NotificationKind kind) {
        return kind.staffOnly() ? Delivery.IN_APP : Delivery.MAIL_NOW;
    }

    /** The accounts that chose to get {@code kind} by mail (at once or in a digest). */
    public List<AccountId> choosingMail(NotificationKind kind) {
        return jdbc.sql("SELECT account_id FROM notifications_preference WHERE kind = ? AND delivery <> ?")
                .params(kind.name(), Delivery.IN_APP.name())
                .query((rs, row) -> new AccountId(rs.getLong(1)))
                .list();
    }

    public void setPreference(AccountId account, NotificationKind kind, Delivery delivery) {
        jdbc.sql("""
                INSERT INTO notifications_preference (account_id, kind, delivery) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)""").params(account.value(), kind.name(), delivery.name()).update();
    }

    /** Accounts with notifications waiting for a digest of this cadence, created before {@code cutoff}. */
    List<Long> accountsWithDigestDue(Delivery digest, Instant cutoff) {
        return jdbc.sql("""
                SELECT DISTINCT account_id FROM notifications_notification
                WHERE digest = ? AND digested_at IS NULL AND created_at < ?""")
                .params(digest.name(), ts(cutoff))
                .query((rs, row) -> rs.getLong(1))
                .list();
    }

    /** Locks and returns one account's waiting digest items, so two nodes never mail them twice. */
    List<Stored> claimDigest(long accountId, Delivery digest, Instant cutoff) {
        return jdbc.sql(SELECT + """
                 WHERE account_id = ? AND digest = ? AND digested_at IS NULL AND created_at < ?
                ORDER BY created_at, id FOR UPDATE SKIP LOCKED""")
                .params(accountId, digest.name(), ts(cutoff))
                .query(NotificationStore::map)
                .list();
    }

    void markDigested(List<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE notifications_notification SET digested_at = :now WHERE id IN (:ids)")
                    .param("now", ts(now))
                    .param("ids", ids)
                    .update();
        }
    }

    private static final String SELECT = """
            SELECT id, account_id, kind, subject_key, body_key, args, when_at, link, created_at, read_at
            FROM notifications_notification""";

    private static Stored map(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("args");
        return new Stored(
                rs.getLong("id"),
                rs.getLong("account_id"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("subject_key"),
                rs.getString("body_key"),
                args.isEmpty() ? List.of() : List.of(args.split(SEPARATOR, -1)),
                instant(rs, "when_at"),
                rs.getString("link"),
                requiredInstant(rs, "created_at"),
                instant(rs, "read_at"));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Stored in UTC like Hibernate does here (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone. */
    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** For a NOT NULL column. */
    private static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(instant(rs, column), () -> column + " is NOT NULL");
    }

    static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
