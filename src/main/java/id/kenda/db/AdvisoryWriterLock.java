package id.kenda.db;

import id.kenda.core.Durations;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * A PostgreSQL session-level advisory lock: held by this connection, released by the server
 * when the connection ends (including when the process is killed).
 */
final class AdvisoryWriterLock implements WriterLock {
    /** "kenda" in ASCII: one lock per database. */
    static final long KEY = 0x6b656e6461L;

    private final Connection connection;

    private AdvisoryWriterLock(Connection connection) {
        this.connection = connection;
    }

    static WriterLock acquire(Connection c, Duration wait, Consumer<String> notice) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return new AdvisoryWriterLock(c);
                    }
                }
            }
            String holder = holder(c);
            if (System.nanoTime() >= deadline) {
                throw FileWriterLock.busy(holder, wait);
            }
            if (!told) {
                notice.accept("waiting up to " + Durations.format(wait) + " for the database lock held by " + holder);
                told = true;
            }
            try {
                Thread.sleep(200);
                id.kenda.core.Interrupts.check();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KendaException(ExitCode.BUSY, "interrupted while waiting for the database lock", null);
            }
        }
    }

    /** Who holds the lock now, or null when it is free. */
    static String currentHolder(Connection c) throws SQLException {
        String h = holder(c);
        return h.equals("another session") ? null : h;
    }

    private static String holder(Connection c) throws SQLException {
        String sql = "select a.pid, a.application_name, coalesce(a.client_hostname, host(a.client_addr), 'local'), a.backend_start"
                + " from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                + " where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, KEY >>> 32);
            ps.setLong(2, KEY & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return "server pid " + rs.getLong(1) + " from " + rs.getString(3) + " ('" + rs.getString(2)
                            + "', since " + rs.getTimestamp(4).toInstant() + ")";
                }
            }
        }
        return "another session";
    }

    @Override
    public String holder() {
        return "this session";
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            ps.setLong(1, KEY);
            ps.execute();
        } catch (SQLException ignored) {
            // the server releases the lock when the connection closes
        }
    }
}
