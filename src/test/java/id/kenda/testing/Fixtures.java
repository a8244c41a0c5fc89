package id.kenda.testing;

import id.kenda.core.Settings;
import id.kenda.db.Database;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Set-ups and checks that several test classes share. */
public final class Fixtures {
    private Fixtures() {
    }

    /** A kenda with Kabupaten Sidoarjo (35.15) and Kota Batu (35.79) provisioned. */
    public static Kenda withTenants(Backend b, Path home) {
        Kenda k = new Kenda(b, home);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        assertEquals(0, k.run("tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--from", "35.15").exit());
        return k;
    }

    /**
     * Waits until {@code child}, a writer of 35.15, holds the writer lock, observed as a writer
     * would: a dry-run import into 35.15 (which changes nothing) exits 75 while the lock is held
     * (the tenant's lock on PostgreSQL, the file's on H2). Fails when the
     * child ends first or a minute passes. Give the child {@code --wait}: a probe may hold the lock
     * for a moment just as the child starts.
     */
    public static void awaitWriter(Kenda k, Process child) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("the child ended (exit " + child.exitValue() + ") before it was seen holding the writer lock");
            }
            Run probe = k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026", "--dry-run", "-q");
            if (probe.exit() == id.kenda.core.ExitCode.BUSY) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child was not seen holding the writer lock within 60 s");
    }

    /** Price-list and realisation rows of 35.15 not accounted for by a registered, non-loading revision, plus loading revisions (0 when nothing was left behind). */
    public static long orphanRows(Kenda k) throws Exception {
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("select (select count(*) from ssh_item where tenant_id = '35.15')"
                     + " - (select coalesce(sum(row_count), 0) from revision where tenant_id = '35.15' and dataset = 'ssh' and status <> 'loading')"
                     + " + (select count(*) from realization_row where tenant_id = '35.15')"
                     + " - (select coalesce(sum(row_count), 0) from revision where tenant_id = '35.15' and dataset = 'realization' and status <> 'loading')"
                     + " + (select count(*) from revision where tenant_id = '35.15' and status = 'loading')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
