package se.brobygge.employers.internal;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * The presentation card, session participations, contacts, outcomes, interest in postings and
 * saved postings. Erasing removes the card, interests, saved postings and contact wishes, and
 * participations in sessions that have not started; past participations and outcomes stay for the
 * figures, pointing at an account that no longer identifies anyone. Employers and postings a person
 * registered belong to the employer and stay.
 */
@Component
class EmployersPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.ofEntries(
            Map.entry("employers_employer", Set.of("registered_by")),
            Map.entry("employers_session", Set.of("created_by")),
            Map.entry("employers_participant", Set.of("account_id")),
            Map.entry("employers_card", Set.of("account_id")),
            Map.entry("employers_contact", Set.of("from_account", "to_account", "recorded_by")),
            Map.entry("employers_outcome", Set.of("account_id", "recorded_by")),
            Map.entry("employers_posting", Set.of("created_by")),
            Map.entry("employers_interest", Set.of("account_id")),
            Map.entry("employers_saved", Set.of("account_id")));

    EmployersPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "employers", COLUMNS, "version");
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM employers_card WHERE account_id = ?", id);
        jdbc.update("DELETE FROM employers_interest WHERE account_id = ?", id);
        jdbc.update("DELETE FROM employers_saved WHERE account_id = ?", id);
        jdbc.update("DELETE FROM employers_contact WHERE from_account = ? OR to_account = ?", id, id);
        jdbc.update(
                "DELETE p FROM employers_participant p JOIN employers_session s ON s.id = p.session_id "
                        + "WHERE p.account_id = ? AND s.starts_at > ?",
                id,
                Timestamp.from(person.at()));
    }
}
