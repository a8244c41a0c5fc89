package id.kenda.db;

import id.kenda.core.Durations;
import id.kenda.core.ExitCode;
import id.kenda.core.Interrupts;
import id.kenda.core.KendaException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * PostgreSQL's writer locks, session-level advisory locks held by this connection and released by
 * the server when the connection ends (including when the process is killed):
 * <ul>
 *   <li>the database lock, key {@link #KEY}: taken shared by every writer and exclusive by schema
 *       changes ({@code db migrate}, provisioning a new tenant), so a migration never runs under an
 *       import;</li>
 *   <li>one lock per tenant, keys ({@link #TENANT_CLASS}, the code's digits): two writers of one
 *       region take turns, writers of different regions run side by side.</li>
 * </ul>
 */
final class AdvisoryWriterLock implements WriterLock {
    /** "kenda" in ASCII: the database lock. */
    static final long KEY = 0x6b656e6461L;
    /** "kend" in ASCII: the first key of a tenant's lock, its code's digits the second. */
    static final int TENANT_CLASS = 0x6b656e64;

    private final Connection connection;
    private final String tenant;
    private final boolean exclusive;

    private AdvisoryWriterLock(Connection connection, String tenant, boolean exclusive) {
        this.connection = connection;
        this.tenant = tenant;
        this.exclusive = exclusive;
    }

    /** A writer of {@code tenant} (null: of no single tenant): the database lock shared, then the tenant's. */
    static WriterLock forTenant(Connection c, String tenant, Duration wait, Consumer<String> notice) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        await(c, "select pg_try_advisory_lock_shared(?)", KEY, null, deadline, wait, notice, false);
        try {
            if (tenant != null) {
                await(c, "select pg_try_advisory_lock(?, ?)", TENANT_CLASS, tenantKey(tenant), deadline, wait, notice, true);
            }
        } catch (RuntimeException | SQLException e) {
            unlock(c, "select pg_advisory_unlock_shared(?)", KEY);
            throw e;
        }
        return new AdvisoryWriterLock(c, tenant, false);
    }

    /** A schema change: the database lock exclusive, once no writer holds it shared. */
    static WriterLock forSchema(Connection c, Duration wait, Consumer<String> notice) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        await(c, "select pg_try_advisory_lock(?)", KEY, null, deadline, wait, notice, false);
        return new AdvisoryWriterLock(c, null, true);
    }

    private static void await(Connection c, String sql, long key1, Integer key2, long deadline, Duration wait,
                              Consumer<String> notice, boolean tenantLock) throws SQLException {
        boolean told = false;
        while (true) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (key2 == null) {
                    ps.setLong(1, key1);
                } else {
                    ps.setInt(1, (int) key1);
                    ps.setInt(2, key2);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            String subject = tenantLock ? "tenant " + tenantCode(key2) : "the database";
            String holder = tenantLock ? describe(holders(c, TENANT_CLASS, key2, 2)) : describe(holders(c, (int) (KEY >>> 32), (int) KEY, 1));
            if (System.nanoTime() >= deadline) {
                String waited = wait.isZero() ? "" : " after waiting " + Durations.format(wait);
                String who = tenantLock ? "another kenda run is writing to it: " : "another kenda run holds its lock: ";
                throw new KendaException(ExitCode.BUSY, subject + " is busy" + waited + ": " + who + holder,
                        "retry later, or pass --wait 5m to wait for it");
            }
            if (!told) {
                notice.accept("waiting up to " + Durations.format(wait) + " for the lock of " + subject + " held by " + holder);
                told = true;
            }
            try {
                Thread.sleep(200);
                Interrupts.check();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KendaException(ExitCode.BUSY, "interrupted while waiting for the lock of " + subject, null);
            }
        }
    }

    /** The second key of a tenant's lock: the code's digits ("35.15" is 3515, "35" is 35), which no two codes share. */
    static int tenantKey(String code) {
        return code.matches("\\d{2}(\\.\\d{2})?") ? Integer.parseInt(code.replace(".", "")) : code.hashCode();
    }

    private static String tenantCode(int key) {
        return key >= 1000 && key < 10000 ? key / 100 + "." + String.format("%02d", key % 100)
                : key >= 10 && key < 100 ? Integer.toString(key) : "#" + key;
    }

    /** The sessions holding kenda's locks, one line each, or null when none does. */
    static String currentHolders(Connection c) throws SQLException {
        List<String> all = new ArrayList<>();
        for (String h : holders(c, (int) (KEY >>> 32), (int) KEY, 1)) {
            all.add(h + " (database)");
        }
        String sql = "select l.objid from pg_locks l where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objsubid = 2";
        List<Integer> tenants = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, Integer.toUnsignedLong(TENANT_CLASS));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tenants.add((int) rs.getLong(1));
                }
            }
        }
        for (int t : tenants) {
            for (String h : holders(c, TENANT_CLASS, t, 2)) {
                all.add(h + " (tenant " + tenantCode(t) + ")");
            }
        }
        return all.isEmpty() ? null : String.join("; ", all);
    }

    private static List<String> holders(Connection c, int classid, int objid, int objsubid) throws SQLException {
        String sql = "select a.pid, a.application_name, coalesce(a.client_hostname, host(a.client_addr), 'local'), a.backend_start, l.mode"
                + " from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                + " where l.locktype = 'advisory' and l.granted and l.classid = ? and l.objid = ? and l.objsubid = ?"
                + " and a.pid <> pg_backend_pid() order by a.backend_start";
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, Integer.toUnsignedLong(classid));
            ps.setLong(2, Integer.toUnsignedLong(objid));
            ps.setInt(3, objsubid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String mode = rs.getString(5).equals("ShareLock") ? "writing, " : "";
                    out.add("server pid " + rs.getLong(1) + " from " + rs.getString(3) + " ('" + rs.getString(2)
                            + "', " + mode + "since " + rs.getTimestamp(4).toInstant() + ")");
                }
            }
        }
        return out;
    }

    private static String describe(List<String> holders) {
        if (holders.isEmpty()) {
            return "another session";
        }
        return holders.get(0) + (holders.size() > 1 ? " and " + (holders.size() - 1) + " more" : "");
    }

    private static void unlock(Connection c, String sql, long key) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException ignored) {
            // the server releases the lock when the connection closes
        }
    }

    @Override
    public String holder() {
        return "this session";
    }

    @Override
    public void close() {
        if (exclusive) {
            unlock(connection, "select pg_advisory_unlock(?)", KEY);
            return;
        }
        if (tenant != null) {
            try (PreparedStatement ps = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
                ps.setInt(1, TENANT_CLASS);
                ps.setInt(2, tenantKey(tenant));
                ps.execute();
            } catch (SQLException ignored) {
                // the server releases the lock when the connection closes
            }
        }
        unlock(connection, "select pg_advisory_unlock_shared(?)", KEY);
    }
}
