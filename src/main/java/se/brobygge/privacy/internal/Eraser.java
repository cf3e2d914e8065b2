package se.brobygge.privacy.internal;

import java.sql.Timestamp;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.privacy.ErasedPerson;
import se.brobygge.shared.privacy.PersonalData;

/**
 * Erases a person in every module, in the caller's transaction, and writes the deletion log entry.
 * A module that fails rolls the whole deletion back.
 */
@Component
public class Eraser {

    /** Who started a deletion. */
    public enum Initiator {
        SELF,
        STAFF
    }

    private final PersonalDataModules modules;
    private final JdbcTemplate jdbc;

    Eraser(PersonalDataModules modules, JdbcTemplate jdbc) {
        this.modules = modules;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(ErasedPerson person, long deletedBy, Initiator initiator, @Nullable String reason) {
        for (PersonalData module : modules.all()) {
            module.erase(person);
        }
        jdbc.update(
                "INSERT INTO privacy_deletion_log (account_id, deleted_by, initiated_by, reason, deleted_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                person.accountId(),
                deletedBy,
                initiator.name(),
                reason,
                Timestamp.from(person.at()));
    }
}
