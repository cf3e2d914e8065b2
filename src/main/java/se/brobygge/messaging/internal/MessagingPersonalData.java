package se.brobygge.messaging.internal;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Conversations and the messages a person sent. Both stay for the other party, shown as from a
 * deleted participant; the conversation is closed, as after a block, so nobody writes into it.
 */
@Component
class MessagingPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "messaging_conversation", Set.of("account_a", "account_b", "blocked_by"),
            "messaging_message", Set.of("sender_id"));

    MessagingPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "messaging", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update(
                "UPDATE messaging_conversation SET blocked_by = ?, blocked_at = ? "
                        + "WHERE (account_a = ? OR account_b = ?) AND blocked_by IS NULL",
                id,
                Timestamp.from(person.at()),
                id,
                id);
    }
}
