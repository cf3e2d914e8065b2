package se.brobygge.associations.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Join requests and questions a person sent, and associations they registered. Erasing removes the
 * requests (message, phone); associations stay, as organisations, and answers stay with the
 * association without the answering person's name.
 */
@Component
class AssociationsPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "associations_association", Set.of("registered_by"),
            "associations_request", Set.of("account_id", "answered_by"));

    AssociationsPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "associations", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM associations_request WHERE account_id = ?", id);
    }
}
