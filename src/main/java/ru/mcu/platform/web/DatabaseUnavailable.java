package ru.mcu.platform.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being out of reach (stopped, restarting, the
 * network down, the pool unable to open a connection), as opposed to a fault of the request
 * or of the code. Such a failure is answered 503 with {@code Retry-After}: the client repeats
 * the request later (intake is idempotent on channel + external id), nothing was written.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is told to wait before repeating the request. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or any of its causes says the database cannot be reached. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || closedByPool(sql))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * SQL states of a lost or refused connection (class 08), of a server shutting down or
     * starting (57P01–57P03) and of an out-of-memory or too-many-connections server (53).
     */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P") || state.startsWith("53"));
    }

    /**
     * HikariCP 5 throws a plain "Connection is closed" (no SQL state) when a connection it has
     * already marked broken is used again, typically for the rollback after the failed statement;
     * Spring then reports that rollback failure instead of the original one.
     */
    private static boolean closedByPool(SQLException e) {
        return e.getSQLState() == null && "Connection is closed".equals(e.getMessage());
    }

    /** The body of the 503 answer. */
    public static ApiError body() {
        return ApiError.of(503, "Service Unavailable", "База данных временно недоступна. Повторите запрос через несколько секунд.");
    }
}
