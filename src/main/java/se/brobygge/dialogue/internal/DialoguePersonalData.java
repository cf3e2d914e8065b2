package se.brobygge.dialogue.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Posts, reactions, follows and topic proposals. Posts are part of the public record of a dialogue:
 * they stay, shown as written by a deleted participant (the signature is blanked). Follows go.
 */
@Component
class DialoguePersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "dialogue_dialogue", Set.of("created_by"),
            "dialogue_post", Set.of("author_id"),
            "dialogue_reaction", Set.of("account_id"),
            "dialogue_follow", Set.of("account_id"),
            "dialogue_proposal", Set.of("proposed_by"));

    DialoguePersonalData(JdbcTemplate jdbc) {
        super(jdbc, "dialogue", COLUMNS, "version");
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("UPDATE dialogue_post SET author_name = '', version = version + 1 WHERE author_id = ?", id);
        jdbc.update("DELETE FROM dialogue_follow WHERE account_id = ?", id);
    }
}
