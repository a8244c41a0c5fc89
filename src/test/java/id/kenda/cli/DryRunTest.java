package id.kenda.cli;

import id.kenda.core.ExitCode;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command that changes state offers --dry-run, and a dry run changes nothing. */
class DryRunTest {
    @TempDir
    Path tmp;

    /**
     * Every command, classified: those that change stored state (they must be {@link ChangesState},
     * so they have --dry-run, and each is run dry below) and those that do not (reads, or writes of
     * a file the user names). A new command in neither list fails here until someone decides.
     */
    static final Set<String> CHANGES_STATE = Set.of("kenda tenant provision", "kenda ssh import", "kenda budget import", "kenda realization import",
            "kenda rak import", "kenda tenant remove", "kenda runs prune",
            "kenda db migrate");
    static final Set<String> READ_ONLY = Set.of("kenda tenant list", "kenda tenant show", "kenda tenant export", "kenda tenant validate",
            "kenda ssh revisions", "kenda ssh show", "kenda ssh search", "kenda ssh diff", "kenda ssh duplicates", "kenda ssh export",
            "kenda ssh compare", "kenda budget validate", "kenda budget stages", "kenda budget diff", "kenda budget structure", "kenda rak check", "kenda rak summary", "kenda control summary", "kenda control critical", "kenda db status", "kenda db backup",
            "kenda runs", "kenda runs show",
            "kenda doctor", "kenda config show", "kenda completion", "kenda demo");

    /** Walks the whole command tree, as Apache Ozone's structural test does. */
    @Test
    void everyCommandIsClassifiedAndThoseThatChangeStateHaveADryRun() {
        List<String> leaves = new ArrayList<>();
        walk(Cli.commandLine(), leaves);
        for (String name : leaves) {
            assertTrue(CHANGES_STATE.contains(name) || READ_ONLY.contains(name), name + " is neither in CHANGES_STATE nor in READ_ONLY: classify it");
        }
        assertTrue(leaves.containsAll(CHANGES_STATE) && leaves.containsAll(READ_ONLY), "the lists name only commands that exist: " + leaves);
    }

    private static void walk(CommandLine cmd, List<String> leaves) {
        Object user = cmd.getCommandSpec().userObject();
        String name = cmd.getCommandSpec().qualifiedName();
        if (cmd.getSubcommands().isEmpty() || user instanceof BaseCommand) {
            leaves.add(name);
            boolean changes = CHANGES_STATE.contains(name);
            assertEquals(changes, user instanceof ChangesState, name + (changes ? " changes state and must be a ChangesState" : " is read-only and must not be one"));
            if (changes) {
                assertTrue(cmd.getCommandSpec().findOption("--dry-run") != null, name + " has --dry-run");
            }
        }
        cmd.getSubcommands().values().forEach(c -> {
            if (!c.getCommandSpec().name().equals("help")) {
                walk(c, leaves);
            }
        });
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
        Run rak = k.run("-t", "35.15", "rak", "import", "src/main/resources/demo/rak-sidoarjo-2026.csv", "--year", "2026", "--dry-run");
        assertEquals(0, rak.exit(), rak::toString);
        assertTrue(rak.err().contains("[dry run] 11 rows would be imported"), rak::toString);
        Run migrate = k.run("db", "migrate", "--dry-run");
        assertEquals(0, migrate.exit(), migrate::toString);
        assertTrue(migrate.err().contains("[dry run] 0 migrations would be applied"), migrate::toString);
        Path spec = tmp.resolve("renamed.yaml");
        Files.writeString(spec, "code: \"35.15\"\nname: Pemerintah Kabupaten Sidoarjo (baru)\nfiscalYear: 2027\n");
        Run provision = k.run("tenant", "provision", "35.15", "--config", spec.toString(), "--dry-run", "--detailed-exitcode");
        assertEquals(ExitCode.CHANGES_PENDING, provision.exit(), provision::toString);
        Path big = Generate.priceList(tmp.resolve("big.csv"), 25_000, 3);
        // a generated list in place of the demo's: past the shrink guard on purpose
        Run ssh = k.run("-t", "35.15", "ssh", "import", big.toString(), "--year", "2026", "--dry-run", "--allow-shrink");
        assertEquals(0, ssh.exit(), "a dry run past the 10,000-row commit interval: " + ssh);
        Run remove = k.run("tenant", "remove", "35.15", "--dry-run");
        assertEquals(0, remove.exit(), remove::toString);
        assertTrue(remove.err().contains("[dry run] remove tenant 35.15"), remove::toString);
        Run prune = k.run("runs", "prune", "--older-than", "1d", "--dry-run");
        assertEquals(0, prune.exit(), prune::toString);
        assertTrue(prune.err().contains("[dry run] would delete 0 runs"), prune::toString);

        assertEquals(before, state(k), "nothing changed");
        Run after = k.run("-t", "35.15", "control", "summary", "--period", "2026-01");
        assertEquals(0, after.exit(), after::toString);
        assertEquals("no realisation data for 2026-01\n", after.out(), "no realisation was stored");
        assertEquals(0, k.run("tenant", "provision", "35.15", "--config", spec.toString()).exit());
        assertFalse(before.equals(state(k)), "the dump sees a real change (the tenant row and its spec file)");
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

    /**
     * A full dump: every table of the schema (found, not listed, so a new table is covered) with
     * its row count and a checksum of its rows, and every file of the home but the database's own
     * (whose bytes a writer may compact without changing a row) with its size and checksum.
     */
    private static String state(Kenda k) throws Exception {
        StringBuilder sb = new StringBuilder();
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.connection().getMetaData().getTables(null, db.connection().getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.stream().anyMatch(t -> t.equalsIgnoreCase("ssh_item")), "the dump sees the schema's tables: " + tables);
            java.util.Collections.sort(tables);
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("select * from " + table)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(rs.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                java.util.Collections.sort(rows);
                sb.append(table.toLowerCase(java.util.Locale.ROOT)).append('=').append(rows.size()).append(':')
                        .append(Integer.toHexString(String.join("\n", rows).hashCode())).append('\n');
            }
        }
        try (Stream<Path> files = Files.walk(k.home())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = k.home().relativize(f).toString();
                if (name.startsWith("kenda.") && (name.endsWith(".db") || name.endsWith(".lock"))) {
                    continue;
                }
                sb.append(name).append(' ').append(Files.size(f)).append(' ').append(java.util.Arrays.hashCode(Files.readAllBytes(f))).append('\n');
            }
        }
        return sb.toString();
    }
}
