package id.kenda.ops;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kenda tenant remove: the plan, one transaction, the spec file moved aside, other tenants untouched. */
class TenantRemoveTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Backend.class)
    void removesEveryRowOfOneTenantAndNothingOfAnother(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        for (String t : List.of("35.15", "35.79")) {
            assertEquals(0, k.run("-t", t, "ssh", "import", RunsTest.SSH, RunsTest.SBU, "--year", "2026").exit());
            assertEquals(0, k.run("-t", t, "budget", "import", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "--year", "2026").exit());
        }
        String sidoarjoBefore = tenantState(k, "35.15");

        Run offTerminal = k.run("tenant", "remove", "35.79");
        assertEquals(ExitCode.USAGE, offTerminal.exit(), offTerminal::toString);
        assertTrue(offTerminal.err().contains("not removing tenant 35.79 without confirmation: this is not a terminal"), offTerminal::toString);
        assertTrue(offTerminal.err().contains("--yes"), offTerminal::toString);
        assertTrue(Files.exists(k.home().resolve("tenants/35.79.yaml")), "nothing was touched");

        Run dry = k.run("tenant", "remove", "35.79", "--dry-run", "-o", "json");
        assertEquals(0, dry.exit(), dry::toString);
        JsonNode plan = Json.parse(dry.out()).get("rows");
        long items = Json.parse(k.run("-t", "35.79", "ssh", "export", "-o", "json").out()).size();
        assertEquals(items, plan.get("ssh_item").asLong(), "the plan counts the price items: " + plan);
        assertEquals(13, plan.get("budget_line").asLong(), plan::toString);
        assertEquals(1, plan.get("tenant").asLong());
        assertTrue(plan.get("revision").asLong() >= 3, plan::toString);
        assertTrue(dry.err().contains("kenda db backup"), "the plan suggests a backup: " + dry);

        Run removed = k.run("tenant", "remove", "35.79", "--yes");
        assertEquals(0, removed.exit(), removed::toString);
        assertEquals(ExitCode.CONFIG, k.run("-t", "35.79", "ssh", "revisions").exit(), "the tenant is gone");
        assertFalse(Files.exists(k.home().resolve("tenants/35.79.yaml")));
        try (Stream<Path> moved = Files.list(k.home().resolve("tenants/removed"))) {
            List<Path> files = moved.toList();
            assertEquals(1, files.size(), files::toString);
            assertTrue(files.get(0).getFileName().toString().matches("35\\.79-\\d{8}T\\d{6}Z\\.yaml"), files::toString);
            assertTrue(Files.readString(files.get(0)).contains("Pemerintah Kota Batu"));
        }
        assertEquals(sidoarjoBefore, tenantState(k, "35.15"), "the other tenant is untouched");
        JsonNode tenants = Json.parse(k.run("tenant", "list", "-o", "json").out()).get("tenants");
        assertEquals(1, tenants.size());
        JsonNode runs = Json.parse(k.run("-t", "35.79", "runs", "-o", "json").out()).get("runs");
        assertEquals("tenant remove", runs.get(0).get("commandName").asText(), "the audit trail stays, the removal its last run");

        Run again = k.run("tenant", "remove", "35.79", "--yes");
        assertEquals(ExitCode.CONFIG, again.exit(), again::toString);
        assertEquals(0, k.run("tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu").exit(), "the code can be provisioned again");
        assertEquals(ExitCode.USAGE, k.run("tenant", "remove", "3579", "--yes").exit(), "a malformed code");
    }

    /** Everything a tenant has, as its own commands show it. */
    private static String tenantState(Kenda k, String t) {
        return k.run("-t", t, "ssh", "revisions", "-o", "json").out() + k.run("-t", t, "ssh", "export", "-o", "json").out()
                + k.run("-t", t, "budget", "stages", "-o", "json").out() + k.run("tenant", "show", t, "-o", "json").out();
    }
}
