package se.brobygge.shell;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells whether an error means that the database cannot be reached right now (frozen network,
 * restarting server, exhausted connection pool). Such a request fails within the pool's
 * connection timeout, nothing of it is saved, and the user is asked to try again.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof JDBCConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || failedOnTheConnection(t)) {
                return true;
            }
            if (t instanceof TransactionSystemException && t.getCause() != null && causes(t.getCause())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Beginning, committing or rolling back failed in the driver: on a healthy connection a
     * rollback does not fail, so this is the connection that timed out under the work, reported by
     * the rollback that followed (the original failure is only in the log then).
     */
    private static boolean failedOnTheConnection(Throwable t) {
        return t instanceof TransactionException && t.getCause() instanceof SQLException;
    }

    /**
     * SQLSTATE class 08, "connection exception": what the pool says of a connection it closed after
     * a socket timeout ("08003"), and what a rollback on that dead connection then reports.
     */
    private static boolean isConnectionState(String state) {
        return state != null && state.startsWith("08");
    }
}
