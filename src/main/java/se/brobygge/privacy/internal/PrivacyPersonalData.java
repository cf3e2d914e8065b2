package se.brobygge.privacy.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * The person's own exports, the deletion log and the staff-access log. Erasing removes the exports;
 * the deletion log and the access log stay, as the record of what was done (they hold ids only, and
 * the access log cannot be changed: docs/decisions/0029). The export shows the person who at the
 * municipality read their data.
 */
@Component
class PrivacyPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "privacy_export", Set.of("account_id", "busy_account_id"),
            "privacy_deletion_log", Set.of("account_id", "deleted_by"),
            "privacy_audit", Set.of("actor_id", "subject_account_id"));

    PrivacyPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "privacy", COLUMNS, "content");
    }

    @Override
    public void erase(ErasedPerson person) {
        jdbc.update("DELETE FROM privacy_export WHERE account_id = ?", person.accountId());
    }
}
