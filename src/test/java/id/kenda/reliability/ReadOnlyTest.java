package id.kenda.reliability;

import id.kenda.core.ExitCode;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Backend;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
