package se.brobygge.shell.internal;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Translation checks an administrator recorded. Erasing keeps the check (it is the municipality's
 * record of a translator's work, named by the translator) and leaves who recorded it as nobody,
 * like the checks seeded with the schema.
 */
@Component
class ShellPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of("shell_language_review", Set.of("recorded_by"));

    ShellPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "shell", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        jdbc.update("UPDATE shell_language_review SET recorded_by = 0 WHERE recorded_by = ?", person.accountId());
    }
}
