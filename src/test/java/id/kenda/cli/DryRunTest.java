package id.kenda.cli;

import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Generate;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that changes state offers --dry-run, and a dry run changes nothing. */
class DryRunTest {
    @TempDir
    Path tmp;

    /** Walks the whole command tree, as Apache Ozone's structural test does. */
    @Test
    void everyCommandThatChangesStateHasADryRun() {
        List<String> marked = new ArrayList<>();
        walk(Cli.commandLine(), marked);
        assertTrue(marked.containsAll(List.of("kenda tenant provision", "kenda ssh import", "kenda budget import", "kenda realization import",
                "kenda db migrate")), marked.toString());
    }

    private static void walk(CommandLine cmd, List<String> marked) {
        Object user = cmd.getCommandSpec().userObject();
        if (user instanceof ChangesState) {
            marked.add(cmd.getCommandSpec().qualifiedName());
            assertTrue(cmd.getCommandSpec().findOption("--dry-run") != null, cmd.getCommandSpec().qualifiedName() + " has --dry-run");
        }
        String name = user.getClass().getSimpleName();
        if (name.endsWith("ImportCommand") || name.endsWith("ProvisionCommand") || name.endsWith("MigrateCommand")) {
            assertTrue(user instanceof ChangesState, cmd.getCommandSpec().qualifiedName() + " changes state and must be marked");
        }
        cmd.getSubcommands().values().forEach(c -> walk(c, marked));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dryRunsOfImportsAndMigrationsChangeNothing(Backend backend) throws Exception {
        Kenda k = Fixtures.withTenants(backend, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv",
                "src/main/resources/demo/export_excel_sbu_Sidoarjo_2026.csv", "--year", "2026").exit());
        String before = state(k);

        Run budget = k.run("-t", "35.15", "budget", "import", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "--year", "2026", "--dry-run");
        assertEquals(0, budget.exit(), budget::toString);
        assertTrue(budget.err().contains("[dry run] 13 lines would be stored"), budget::toString);
        Run refused = k.run("-t", "35.15", "budget", "import", "src/main/resources/demo/budget-sidoarjo-2026.csv", "--year", "2026", "--dry-run");
        assertEquals(65, refused.exit(), "a dry run says the real run would be refused: " + refused);
        Run real = k.run("-t", "35.15", "realization", "import", "src/test/resources/fixtures/realization/over-pagu.csv", "--year", "2026", "--dry-run");
        assertEquals(0, real.exit(), real::toString);
        assertTrue(real.err().contains("[dry run] 1 rows would be imported"), real::toString);
        Run migrate = k.run("db", "migrate", "--dry-run");
        assertEquals(0, migrate.exit(), migrate::toString);
        assertTrue(migrate.err().contains("[dry run] 0 migrations would be applied"), migrate::toString);
        Path big = Generate.priceList(tmp.resolve("big.csv"), 25_000, 3);
        // a generated list in place of the demo's: past the shrink guard on purpose
        Run ssh = k.run("-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "--dry-run", "--allow-shrink");
        assertEquals(0, ssh.exit(), "a dry run past the 10,000-row commit interval: " + ssh);

        assertEquals(before, state(k), "nothing changed");
        Run after = k.run("-t", "35.15", "control", "summary", "--period", "2026-01");
        assertEquals(0, after.exit(), after::toString);
        assertEquals("no realisation data for 2026-01\n", after.out(), "no realisation was stored");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aDryMigrateListsWhatIsPendingAndAppliesNothing(Backend backend) {
        Kenda k = Kenda.unmigrated(backend, tmp.resolve("home"));
        Run dry = k.run("db", "migrate", "--dry-run", "-o", "json");
        assertEquals(0, dry.exit(), dry::toString);
        assertTrue(Json.parse(dry.out()).get("pending").size() >= 5, dry::toString);
        if (backend == Backend.POSTGRES) {
            assertTrue(Json.parse(k.run("db", "status", "-o", "json").out()).get("pending").asInt() >= 5, "still nothing applied");
        }
        assertEquals(0, k.run("db", "migrate").exit());
        assertEquals(0, Json.parse(k.run("db", "migrate", "--dry-run", "-o", "json").out()).get("pending").size());
    }

    /** Row counts of every table: a dry run that committed anything, registered or not, shows here. */
    private static String state(Kenda k) {
        StringBuilder sb = new StringBuilder();
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement()) {
            for (String table : List.of("tenant", "skpd", "revision", "ssh_item", "budget_line", "realization_row", "run_audit")) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    sb.append(table).append('=').append(rs.getLong(1)).append(' ');
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
