package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.sql.SQLException;

/** Turns driver errors into the README's exit codes with a message a sysadmin can act on. */
public final class SqlErrors {
    private SqlErrors() {
    }

    /** The translation of a driver error, or null when {@code t} is not one (for the one error handler, which knows no SQL). */
    public static KendaException ifSql(Throwable t) {
        return t instanceof SQLException sql ? translate(sql, "") : null;
    }

    public static KendaException translate(SQLException e, String where) {
        boolean isH2 = isH2(e);
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        int h2 = e.getErrorCode();
        String msg = firstLine(e.getMessage());
        if (state.startsWith("08") && !isH2(e) || h2 == 90067) {
            return new KendaException(ExitCode.UNAVAILABLE, "cannot reach the database " + where + ": " + msg,
                    "check --db / KENDA_DB_URL and that the server is running", e);
        }
        if (state.startsWith("28")) {
            return new KendaException(ExitCode.PERMISSION, "the database refused the login at " + where + ": " + msg,
                    "check KENDA_DB_USER and KENDA_DB_PASSWORD (or KENDA_DB_PASSWORD_FILE)", e);
        }
        if ("3D000".equals(state)) {
            return new KendaException(ExitCode.CONFIG, "the database does not exist: " + where,
                    "create it (createdb) or fix the database name in --db / KENDA_DB_URL", e);
        }
        if (h2 == 90020) {
            return new KendaException(ExitCode.BUSY, "the database " + where + " is in use by another process",
                    "retry later; H2 opens a database file in one process at a time", e);
        }
        if (h2 == 90097 || "25006".equals(state) || "42501".equals(state)) {
            return new KendaException(ExitCode.PERMISSION, "the database is read-only or this user may not write to it: " + msg,
                    "run read-only commands only, or use a writable database", e);
        }
        if (state.startsWith("22") || h2 == 22001) {
            return new KendaException(ExitCode.DATA, "a value does not fit the database: " + msg,
                    "check the input for over-long codes or names; nothing was stored", e);
        }
        if ("53100".equals(state) || msg.contains("No space left") || causedByDiskFull(e) || isH2 && msg.contains("MVStoreException: Writing to")) {
            return new KendaException(ExitCode.IO, "the disk is full: " + msg, "free space and run again; nothing was changed", e);
        }
        if (isH2 && h2 == 90098) {
            // H2 closes the database itself after a failed write (a full disk, a vanished file);
            // statements after that see only "closed": an I/O failure, not a kenda bug
            return new KendaException(ExitCode.IO, "the embedded database closed itself after a write error: " + msg,
                    "check that the disk is not full and the file system is healthy, then run again; the previous data is kept", e);
        }
        if (isH2 && (h2 == 90028 || h2 == 90031)) {
            return new KendaException(ExitCode.IO, "I/O error on the database file: " + msg,
                    "check that the disk is not full and the file system is healthy, then run again", e);
        }
        if ("57014".equals(state) || "40001".equals(state) || "40P01".equals(state) || h2 == 50200) {
            return new KendaException(ExitCode.BUSY, "the database timed out or hit a conflict: " + msg, "retry later", e);
        }
        return new KendaException(ExitCode.SOFTWARE, "database error: " + msg, "run with -v for details and report it", e);
    }

    private static boolean causedByDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isH2(SQLException e) {
        return e.getClass().getName().startsWith("org.h2.");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
