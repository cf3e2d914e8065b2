package se.brobygge.shared.privacy;

import java.util.Map;
import java.util.Set;
import org.springframework.core.Ordered;

/**
 * What one module stores about a person: which of its tables refer to an account, the person's
 * data for "download my data", and how it is erased or anonymised when the account is deleted.
 * Implementations are Spring beans; the privacy module collects them all.
 */
public interface PersonalData extends Ordered {

    /** The module's name; the export holds its data as {@code <module>.json}. */
    String module();

    /**
     * Every table of the module with a column holding an account id, and those columns. A schema
     * test fails when a table referring to accounts is missing here.
     */
    Map<String, Set<String>> accountColumns();

    /**
     * The person's data, ready for JSON: maps, lists, strings, numbers, booleans. Secrets (token
     * digests, password hashes) and binary content are left out.
     */
    Map<String, Object> export(long accountId);

    /**
     * Removes or blanks the person's data; contributions the public record needs stay, without the
     * person's name. Runs inside the deleting transaction: throwing rolls the whole deletion back.
     */
    void erase(ErasedPerson person);

    /** Modules erase in this order; the account itself (identity) goes last. */
    @Override
    default int getOrder() {
        return 0;
    }
}
