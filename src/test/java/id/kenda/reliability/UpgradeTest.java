package id.kenda.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database created under an earlier schema (fixtures/upgrade: version 2, tenants and agencies,
 * as an H2 script) migrates forward on first use with its data intact.
 */
class UpgradeTest {
    @TempDir
    Path tmp;

    @Test
    void anOlderDatabaseMigratesForwardKeepingItsData() throws Exception {
        Path home = tmp.resolve("home");
        String url = "jdbc:h2:file:" + home.resolve("kenda") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("RUNSCRIPT FROM 'src/test/resources/fixtures/upgrade/kenda-schema-v2.sql'");
        }
        Kenda k = new Kenda(Backend.H2, home);
        Run list = k.run("tenant", "list", "-o", "json");
        assertEquals(0, list.exit(), list::toString);
        JsonNode tenants = Json.parse(list.out()).get("tenants");
        assertEquals("35.79", tenants.get(0).get("code").asText());
        assertEquals(2, tenants.get(0).get("skpd").asInt());
        JsonNode status = Json.parse(k.run("db", "status", "-o", "json").out());
        assertEquals(0, status.get("pending").asInt());
        assertTrue(Integer.parseInt(status.get("current").asText()) > 2, status::toString);
        Run show = k.run("tenant", "show", "35.79", "-o", "json");
        assertEquals("quarterly-default", Json.parse(show.out()).get("spec").get("control").get("bands").asText());
        assertEquals(0, k.run("-t", "35.79", "ssh", "import", "src/test/resources/fixtures/ssh/valid-two-items.csv", "--year", "2026").exit(),
                "the new tables work on the upgraded database");
    }
}
