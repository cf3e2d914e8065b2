package se.brobygge.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.internal.MessageStore;
import se.brobygge.messaging.internal.MessageStore.ConversationRow;
import se.brobygge.messaging.internal.MessageStore.MessageRow;
import se.brobygge.messaging.internal.MessageText;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentReported;
import se.brobygge.shared.content.ContentScreening;
import se.brobygge.shared.messaging.Relationship;
import se.brobygge.shared.messaging.RelationshipSource;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * Private conversations of the signed-in person. Only the two participants can read or write; a
 * message is sent only while some module reports a relationship between them and neither has
 * blocked the other. Staff have no way in here: a reported message reaches moderation as a
 * snapshot ({@link ContentReported}).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MessagingService {

    /** Longest message, in characters. */
    public static final int MAX_LENGTH = MessageText.MAX_LENGTH;
    /** Moderation's reason codes a person can pick when reporting. */
    public static final List<String> REPORT_REASONS = List.of("spam", "offensive", "hateful", "personal_data", "other");

    static final int MAX_COMMENT = 500;
    /** Messages before a reported one that moderators see with it. */
    static final int REPORT_CONTEXT = 3;

    private static final int SHOWN = 200;

    private final MessageStore store;
    private final ObjectProvider<RelationshipSource> sources;
    private final ObjectProvider<ContentScreening> screening;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final RateLimits rateLimits;

    MessagingService(
            MessageStore store,
            ObjectProvider<RelationshipSource> sources,
            ObjectProvider<ContentScreening> screening,
            CurrentUser currentUser,
            Recipients recipients,
            ApplicationEventPublisher publisher,
            Clock clock,
            RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.store = store;
        this.sources = sources;
        this.screening = screening;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** People I may start a conversation with now, and why; people in a closed conversation are left out. */
    @Transactional(readOnly = true)
    public List<Contact> contacts() {
        long me = me();
        Map<Long, List<Relationship>> found = new LinkedHashMap<>();
        sources.orderedStream()
                .forEach(source -> source.contactsOf(me).forEach(c -> {
                    if (c.accountId() != me) {
                        found.computeIfAbsent(c.accountId(), k -> new ArrayList<>())
                                .add(c.relationship());
                    }
                }));
        found.keySet()
                .removeIf(other ->
                        store.between(me, other).map(c -> c.blockedBy() != null).orElse(false));
        Map<AccountId, String> names = names(found.keySet());
        return found.entrySet().stream()
                .map(e -> {
                    AccountId id = new AccountId(e.getKey());
                    return new Contact(id, names.getOrDefault(id, "?"), List.copyOf(e.getValue()));
                })
                .sorted(Comparator.comparing(Contact::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** My conversations, latest activity first. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> conversations() {
        long me = me();
        List<ConversationRow> rows = store.conversationsOf(me);
        Map<AccountId, String> names = names(rows.stream().map(r -> r.other(me)).toList());
        return rows.stream()
                .map(r -> new ConversationSummary(
                        r.id(),
                        new AccountId(r.other(me)),
                        names.getOrDefault(new AccountId(r.other(me)), "?"),
                        r.lastMessageAt(),
                        store.unread(r.id(), me),
                        r.blockedBy() != null))
                .toList();
    }

    /**
     * The conversation with someone I have a relationship with: the existing one, or a new one.
     *
     * @throws InvalidInputException "recipient" when there is no relationship between us now
     */
    @Transactional
    public long startWith(AccountId otherAccountId) {
        long me = me();
        long other = otherAccountId.value();
        if (other == me || relationships(me, other).isEmpty()) {
            throw new InvalidInputException("recipient", "messaging.error.noRelationship");
        }
        return store.openBetween(me, other, clock.instant()).id();
    }

    /** Opens one of my conversations and marks the other person's messages read (their read receipt). */
    @Transactional
    public Conversation open(long conversationId) {
        long me = me();
        ConversationRow row = participantOf(conversationId, me);
        store.markRead(conversationId, me, clock.instant());
        long other = row.other(me);
        List<Relationship> relationships = row.blockedBy() == null ? relationships(me, other) : List.of();
        List<Message> messages = store.messages(conversationId, SHOWN).stream()
                .map(m -> new Message(
                        m.id(),
                        m.senderId() == me,
                        m.body(),
                        m.sentAt(),
                        m.readAt(),
                        m.reportedAt() != null && m.senderId() != me,
                        m.senderStaff()))
                .toList();
        return new Conversation(
                conversationId,
                new AccountId(other),
                names(List.of(other)).getOrDefault(new AccountId(other), "?"),
                relationships,
                messages,
                row.blockedBy() != null && row.blockedBy() == me,
                closedReason(row, me, relationships));
    }

    /**
     * Sends a plain-text message. Nothing is stored when it is refused.
     *
     * @throws InvalidInputException "text" when empty, too long or refused by moderation's screening,
     *                               or when the conversation is closed (blocked, relationship over)
     */
    @Transactional
    public Message send(long conversationId, String text) {
        long me = me();
        participantOf(conversationId, me);
        String body = MessageText.clean(text);
        if (body.isEmpty()) {
            throw new InvalidInputException("text", "messaging.error.empty");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInputException("text", "messaging.error.tooLong");
        }
        rateLimits.acquire("message", Long.toString(me), "text", "messaging.error.rateLimited");
        // the row lock orders this send against a block arriving at the same moment
        ConversationRow row = store.lockConversation(conversationId).orElseThrow();
        long other = row.other(me);
        String closed = closedReason(row, me, row.blockedBy() == null ? relationships(me, other) : List.of());
        if (closed != null) {
            throw new InvalidInputException("text", closed);
        }
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null) {
            ContentScreening.Verdict verdict = screen.screen(me, body, null);
            if (verdict.outcome() == ContentScreening.Outcome.BLOCK) {
                throw new InvalidInputException(
                        "text", verdict.message() == null ? "messaging.error.refused" : verdict.message());
            }
        }
        Instant now = clock.instant();
        boolean staff = currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
        long id = store.insertMessage(conversationId, me, staff, body, now);
        String senderName = currentUser.displayName().orElse("?");
        publisher.publishEvent(new NotificationRequested(
                other,
                NotificationKind.MESSAGE,
                "message:" + id,
                "messaging.notify.subject",
                "messaging.notify.body",
                List.of(senderName),
                null,
                "/messages/" + conversationId));
        return new Message(id, true, body, now, null, false, staff);
    }

    /** Closes the conversation for both of us; the other person cannot write to me here again. */
    @Transactional
    public void block(long conversationId) {
        long me = me();
        participantOf(conversationId, me);
        store.lockConversation(conversationId);
        store.block(conversationId, me, clock.instant());
    }

    /**
     * Lifts my own block: the conversation opens again while we still have a relationship. A block
     * the other person made stays; only they can lift it.
     */
    @Transactional
    public void unblock(long conversationId) {
        long me = me();
        participantOf(conversationId, me);
        store.lockConversation(conversationId);
        store.unblock(conversationId, me);
    }

    /**
     * Reports the other person's message to moderation, with a snapshot of its text.
     *
     * @throws InvalidInputException "reason" for an unknown reason, "comment" when too long
     */
    @Transactional
    public void report(long messageId, String reason, @Nullable String comment) {
        long me = me();
        MessageRow message = store.message(messageId).orElseThrow(() -> new AccessDeniedException("No such message"));
        participantOf(message.conversationId(), me);
        if (message.senderId() == me) {
            throw new InvalidInputException("reason", "messaging.error.reportOwn");
        }
        if (!REPORT_REASONS.contains(reason)) {
            throw new InvalidInputException("reason", "messaging.error.reason");
        }
        String note = comment == null ? null : MessageText.clean(comment);
        if (note != null && note.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "messaging.error.commentTooLong");
        }
        rateLimits.acquire("report", Long.toString(me), "reason", "messaging.error.reportRateLimited");
        Instant now = clock.instant();
        store.markReported(messageId, now);
        // moderation sees the message with the few before it, and nothing else of the conversation
        List<MessageRow> before = store.before(message.conversationId(), messageId, REPORT_CONTEXT);
        var names = recipients.displayNames(
                before.stream().map(m -> new AccountId(m.senderId())).distinct().toList());
        List<String> context = before.stream()
                .map(m -> names.getOrDefault(new AccountId(m.senderId()), "?") + ": " + m.body())
                .toList();
        publisher.publishEvent(new ContentReported(
                new ContentRef("messaging", "message", messageId),
                message.senderId(),
                me,
                reason,
                note == null || note.isEmpty() ? null : note,
                message.body(),
                null,
                now,
                context));
    }

    private @Nullable String closedReason(ConversationRow row, long me, List<Relationship> relationships) {
        if (row.blockedBy() != null) {
            return row.blockedBy() == me ? "messaging.closed.blockedByMe" : "messaging.closed.blocked";
        }
        return relationships.isEmpty() ? "messaging.closed.noRelationship" : null;
    }

    private List<Relationship> relationships(long me, long other) {
        List<Relationship> all = new ArrayList<>();
        sources.orderedStream().forEach(s -> all.addAll(s.between(me, other)));
        return List.copyOf(all);
    }

    /** The conversation if I take part in it; anyone else is refused as if it did not exist. */
    private ConversationRow participantOf(long conversationId, long me) {
        return store.conversation(conversationId)
                .filter(c -> c.has(me))
                .orElseThrow(() -> new AccessDeniedException("Not a participant"));
    }

    private Map<AccountId, String> names(Collection<Long> ids) {
        return recipients.displayNames(
                Set.copyOf(ids).stream().map(AccountId::new).toList());
    }

    private long me() {
        return currentUser.require().value();
    }
}
