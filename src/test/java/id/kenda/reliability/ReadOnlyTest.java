package id.kenda.reliability;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only database: writers exit 77, readers still work. */
class ReadOnlyTest {
    @TempDir
    Path tmp;

    @Test
    void readOnlyEmbeddedDatabase() {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        k.env("KENDA_DB_URL", "jdbc:h2:file:" + tmp.resolve("kenda") + ";ACCESS_MODE_DATA=r");
        Run read = k.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00001");
        assertEquals(0, read.exit(), read::toString);
        Run write = k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv", "--year", "2026");
        assertEquals(ExitCode.PERMISSION, write.exit(), write::toString);
        assertTrue(write.err().contains("read-only"), write::toString);
        assertEquals(ExitCode.PERMISSION, k.run("tenant", "provision", "35.16", "--name", "Mojokerto").exit());
    }

    /** A home on a read-only mount (a replica, a backup volume): readers open it read-only and take no lock. */
    @Test
    void readOnlyHomeMount() throws Exception {
        Path src = tmp.resolve("src");
        Kenda k = Fixtures.withTenants(Backend.H2, src);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Process bind = new ProcessBuilder("mount", "--bind", src.toString(), ro.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(bind.waitFor(10, TimeUnit.SECONDS) && bind.exitValue() == 0, "cannot bind-mount here (needs root)");
        try {
            Process remount = new ProcessBuilder("mount", "-o", "remount,ro,bind", ro.toString()).redirectErrorStream(true).start();
            assertEquals(0, remount.waitFor(10, TimeUnit.SECONDS) ? remount.exitValue() : -1, "remount read-only");
            Kenda reader = new Kenda(Backend.H2, ro);
            Run revisions = reader.run("-t", "35.15", "ssh", "revisions");
            assertEquals(0, revisions.exit(), revisions::toString);
            Run show = reader.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00001");
            assertEquals(0, show.exit(), show::toString);
            Run doctor = reader.run("doctor");
            assertEquals(0, doctor.exit(), doctor::toString);
            assertTrue(doctor.out().contains("home is read-only: readers work, writers exit 77"), doctor::toString);
            assertFalse(doctor.out().contains("Read-only file system"), doctor::toString);
            Run write = reader.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv", "--year", "2026");
            assertEquals(ExitCode.PERMISSION, write.exit(), write::toString);
        } finally {
            new ProcessBuilder("umount", ro.toString()).start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void readOnlyPostgresRole() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.POSTGRES, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit());
        String url = k.env().get("KENDA_DB_URL");
        try (var c = DriverManager.getConnection(url, "postgres", ""); var st = c.createStatement()) {
            st.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'kenda_reader') then create role kenda_reader login; end if; end $$");
            st.execute("grant select on all tables in schema public to kenda_reader");
            st.execute("alter role kenda_reader set default_transaction_read_only = on");
        }
        k.env("KENDA_DB_USER", "kenda_reader");
        Run read = k.run("-t", "35.15", "ssh", "revisions");
        assertEquals(0, read.exit(), read::toString);
        Run write = k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv", "--year", "2026");
        assertEquals(ExitCode.PERMISSION, write.exit(), write::toString);
    }
}
