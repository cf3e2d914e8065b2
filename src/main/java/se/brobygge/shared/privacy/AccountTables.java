package se.brobygge.shared.privacy;

import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usual {@link PersonalData}: a module names its tables and account columns, and the export is
 * every row of those tables that refers to the person (without the columns in {@code omit}).
 * Modules add their own erasing, and extra export parts where rows refer to the person indirectly.
 */
public abstract class AccountTables implements PersonalData {

    protected final JdbcTemplate jdbc;
    private final String module;
    private final Map<String, Set<String>> columns;
    private final Set<String> omit;

    protected AccountTables(JdbcTemplate jdbc, String module, Map<String, Set<String>> columns, String... omit) {
        this.jdbc = jdbc;
        this.module = module;
        this.columns = Map.copyOf(columns);
        this.omit = Set.of(omit);
    }

    @Override
    public String module() {
        return module;
    }

    @Override
    public Map<String, Set<String>> accountColumns() {
        return columns;
    }

    @Override
    public Map<String, Object> export(long accountId) {
        return rows().export(columns, accountId, omit);
    }

    protected AccountRows rows() {
        return new AccountRows(jdbc);
    }
}
