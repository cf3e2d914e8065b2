package se.brobygge.moderation.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * What moderation knows of a person: items they wrote (a copy of the content), reports they made,
 * blocks on them. Erasing removes the writer statistics; decisions, reports and blocks stay as the
 * record of what moderators did, pointing at an account that no longer identifies anyone.
 */
@Component
class ModerationPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "moderation_item", Set.of("author_id", "hidden_by", "claimed_by"),
            "moderation_report", Set.of("reporter_id"),
            "moderation_decision", Set.of("moderator_id"),
            "moderation_author", Set.of("account_id"),
            "moderation_block", Set.of("account_id", "created_by", "lifted_by"),
            "moderation_log", Set.of("actor_id"),
            "moderation_watched_word", Set.of("created_by"));

    ModerationPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "moderation", COLUMNS, "version");
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM moderation_author WHERE account_id = ?", id);
        if (person.displayName().length() >= 2) {
            jdbc.update(
                    "UPDATE moderation_item SET context = REPLACE(context, ?, '') WHERE context LIKE ?",
                    person.displayName(),
                    "%" + person.displayName() + "%");
        }
    }
}
