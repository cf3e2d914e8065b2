package se.brobygge.insights.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * What a person told "For you" (answers, items turned down) and the barriers they reported.
 * Erasing removes the answers and dismissals; a barrier report stays as the municipality's task,
 * without the reporter's account and address (also when they reported it signed out with the same
 * address).
 */
@Component
class InsightsPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "insights_foryou_answer", Set.of("account_id"),
            "insights_foryou_dismissal", Set.of("account_id"),
            "insights_barrier_report", Set.of("account_id", "replied_by"));

    InsightsPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "insights", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM insights_foryou_answer WHERE account_id = ?", id);
        jdbc.update("DELETE FROM insights_foryou_dismissal WHERE account_id = ?", id);
        jdbc.update(
                "UPDATE insights_barrier_report SET account_id = NULL, email = NULL WHERE account_id = ? OR email = ?",
                id,
                person.email());
    }
}
