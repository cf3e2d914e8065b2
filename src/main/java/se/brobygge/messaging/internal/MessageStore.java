package se.brobygge.messaging.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Conversations and messages in the database. Instants are stored in UTC, like Hibernate does here. */
@Component
public class MessageStore {

    public record ConversationRow(
            long id,
            long accountA,
            long accountB,
            @Nullable Instant lastMessageAt,
            @Nullable Long blockedBy) {

        public boolean has(long account) {
            return accountA == account || accountB == account;
        }

        public long other(long me) {
            return accountA == me ? accountB : accountA;
        }
    }

    public record MessageRow(
            long id,
            long conversationId,
            long senderId,
            String body,
            Instant sentAt,
            @Nullable Instant readAt,
            @Nullable Instant reportedAt,
            boolean senderStaff) {}

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConversationRow> conversation(long id) {
        return jdbc.sql(CONVERSATION + " WHERE id = ?")
                .param(id)
                .query(MessageStore::conversation)
                .optional();
    }

    /** Holds the conversation's row lock until the transaction ends: sending and blocking queue up. */
    public Optional<ConversationRow> lockConversation(long id) {
        return jdbc.sql(CONVERSATION + " WHERE id = ? FOR UPDATE")
                .param(id)
                .query(MessageStore::conversation)
                .optional();
    }

    public Optional<ConversationRow> between(long one, long two) {
        return jdbc.sql(CONVERSATION + " WHERE account_a = ? AND account_b = ?")
                .params(Math.min(one, two), Math.max(one, two))
                .query(MessageStore::conversation)
                .optional();
    }

    /** The pair's conversation, made if there is none yet (the unique pair key settles a race). */
    public ConversationRow openBetween(long one, long two, Instant now) {
        jdbc.sql("INSERT IGNORE INTO messaging_conversation (account_a, account_b, created_at) VALUES (?, ?, ?)")
                .params(Math.min(one, two), Math.max(one, two), utc(now))
                .update();
        return between(one, two).orElseThrow();
    }

    public List<ConversationRow> conversationsOf(long account) {
        return jdbc.sql(CONVERSATION
                        + " WHERE account_a = ? OR account_b = ? ORDER BY COALESCE(last_message_at, created_at) DESC")
                .params(account, account)
                .query(MessageStore::conversation)
                .list();
    }

    public long unread(long conversationId, long reader) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM messaging_message WHERE conversation_id = ? AND sender_id <> ? AND read_at IS NULL")
                .params(conversationId, reader)
                .query(Long.class)
                .single();
    }

    public List<MessageRow> messages(long conversationId, int limit) {
        List<MessageRow> newest = jdbc.sql(MESSAGE + " WHERE conversation_id = ? ORDER BY id DESC LIMIT ?")
                .params(conversationId, limit)
                .query(MessageStore::message)
                .list();
        return newest.reversed();
    }

    /** Up to {@code count} messages sent before {@code messageId} in its conversation, oldest first. */
    public List<MessageRow> before(long conversationId, long messageId, int count) {
        List<MessageRow> newest = jdbc.sql(MESSAGE + " WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?")
                .params(conversationId, messageId, count)
                .query(MessageStore::message)
                .list();
        return newest.reversed();
    }

    public Optional<MessageRow> message(long id) {
        return jdbc.sql(MESSAGE + " WHERE id = ?")
                .param(id)
                .query(MessageStore::message)
                .optional();
    }

    /** {@code senderStaff}: staff wrote it in their role, and it shows the staff badge. */
    public long insertMessage(long conversationId, long sender, boolean senderStaff, String body, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO messaging_message (conversation_id, sender_id, sender_staff, body, sent_at)
                VALUES (?, ?, ?, ?, ?)""")
                .params(conversationId, sender, senderStaff, body, utc(now))
                .update(keys);
        jdbc.sql("UPDATE messaging_conversation SET last_message_at = ? WHERE id = ?")
                .params(utc(now), conversationId)
                .update();
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    public void markRead(long conversationId, long reader, Instant now) {
        jdbc.sql(
                        "UPDATE messaging_message SET read_at = ? WHERE conversation_id = ? AND sender_id <> ? AND read_at IS NULL")
                .params(utc(now), conversationId, reader)
                .update();
    }

    public void block(long conversationId, long by, Instant now) {
        jdbc.sql("UPDATE messaging_conversation SET blocked_by = ?, blocked_at = ? WHERE id = ? AND blocked_by IS NULL")
                .params(by, utc(now), conversationId)
                .update();
    }

    /** The people who blocked {@code writer} in a conversation with them. */
    public List<Long> blockersOf(long writer) {
        return jdbc.sql("SELECT blocked_by FROM messaging_conversation"
                        + " WHERE blocked_by IS NOT NULL AND blocked_by <> ? AND (account_a = ? OR account_b = ?)")
                .params(writer, writer, writer)
                .query((rs, n) -> rs.getLong(1))
                .list();
    }

    /** Lifts the block only when {@code by} made it. */
    public void unblock(long conversationId, long by) {
        jdbc.sql(
                        "UPDATE messaging_conversation SET blocked_by = NULL, blocked_at = NULL WHERE id = ? AND blocked_by = ?")
                .params(conversationId, by)
                .update();
    }

    public void markReported(long messageId, Instant now) {
        jdbc.sql("UPDATE messaging_message SET reported_at = ? WHERE id = ? AND reported_at IS NULL")
                .params(utc(now), messageId)
                .update();
    }

    private static final String CONVERSATION =
            "SELECT id, account_a, account_b, last_message_at, blocked_by FROM messaging_conversation";
    private static final String MESSAGE =
            "SELECT id, conversation_id, sender_id, body, sent_at, read_at, reported_at, sender_staff FROM messaging_message";

    private static ConversationRow conversation(ResultSet rs, int n) throws SQLException {
        long blocker = rs.getLong("blocked_by");
        Long blockedBy = rs.wasNull() ? null : blocker;
        return new ConversationRow(
                rs.getLong("id"),
                rs.getLong("account_a"),
                rs.getLong("account_b"),
                instant(rs, "last_message_at"),
                blockedBy);
    }

    private static MessageRow message(ResultSet rs, int n) throws SQLException {
        return new MessageRow(
                rs.getLong("id"),
                rs.getLong("conversation_id"),
                rs.getLong("sender_id"),
                rs.getString("body"),
                Objects.requireNonNull(instant(rs, "sent_at")),
                instant(rs, "read_at"),
                instant(rs, "reported_at"),
                rs.getBoolean("sender_staff"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
