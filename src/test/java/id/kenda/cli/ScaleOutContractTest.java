package id.kenda.cli;

import id.kenda.testing.Backend;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's scale-out plan holds only while every table keeps tenant_id in its primary key,
 * unique constraints and foreign keys, and every statement filters on it. Both are read from a
 * real PostgreSQL: the catalog of a migrated database, and the server's own statement log while
 * the demo's commands (two tenants) and the tenant-level commands it leaves out run.
 */
class ScaleOutContractTest {
    /** Statements that read or write across tenants by design, by the command that sends them, and why. */
    static final Map<String, String> CROSS_TENANT = Map.of(
            "kenda tenant list", "lists every tenant: one row per region, a fan-out Citus runs on every shard",
            "kenda runs", "lists every tenant's runs when no -t is given (the audit trail is per tenant otherwise)");

    private static EmbeddedPostgres server;
    private static Path logs;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws IOException {
        logs = Files.createTempDirectory("kenda-pg-log-");
        server = EmbeddedPostgres.builder()
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_destination", "csvlog")
                .setServerConfig("log_directory", logs.toString())
                .setServerConfig("log_filename", "pg.log")
                .start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void everyTableUniqueConstraintAndForeignKeyCarriesTenantId() throws Exception {
        Kenda k = kenda("kenda_schema");
        assertEquals(0, k.run("db", "migrate").exit());
        List<String> problems = new ArrayList<>();
        try (Connection c = server.getDatabase("postgres", "kenda_schema").getConnection(); Statement st = c.createStatement()) {
            Set<String> tables = tables(st);
            assertTrue(tables.containsAll(List.of("tenant", "ssh_item", "budget_line", "rak_row", "run_audit")), tables::toString);
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) from information_schema.columns where table_schema = 'public' and table_name = '" + t
                        + "' and column_name = 'tenant_id'")) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        problems.add(t + " has no tenant_id column");
                    }
                }
            }
            // primary keys, unique constraints and unique indexes: their columns
            String keys = "select t.relname, i.relname, ix.indisprimary, array_to_string(array_agg(a.attname order by a.attname), ',')"
                    + " from pg_index ix join pg_class t on t.oid = ix.indrelid join pg_class i on i.oid = ix.indexrelid"
                    + " join pg_namespace n on n.oid = t.relnamespace join pg_attribute a on a.attrelid = t.oid and a.attnum = any(ix.indkey)"
                    + " where n.nspname = 'public' and ix.indisunique and t.relname <> 'flyway_schema_history' group by t.relname, i.relname, ix.indisprimary";
            Set<String> withPk = new TreeSet<>();
            try (ResultSet rs = st.executeQuery(keys)) {
                while (rs.next()) {
                    if (rs.getBoolean(3)) {
                        withPk.add(rs.getString(1));
                    }
                    if (!Arrays.asList(rs.getString(4).split(",")).contains("tenant_id")) {
                        problems.add(rs.getString(1) + "." + rs.getString(2) + " is unique on (" + rs.getString(4) + ") without tenant_id");
                    }
                }
            }
            for (String t : tables) {
                if (!withPk.contains(t)) {
                    problems.add(t + " has no primary key");
                }
            }
            String fks = "select tc.table_name, tc.constraint_name, array_to_string(array_agg(kcu.column_name::text), ','),"
                    + " (select array_to_string(array_agg(ccu.column_name::text), ',') from information_schema.constraint_column_usage ccu"
                    + "   where ccu.constraint_name = tc.constraint_name and ccu.table_schema = 'public')"
                    + " from information_schema.table_constraints tc join information_schema.key_column_usage kcu"
                    + "   on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema"
                    + " where tc.table_schema = 'public' and tc.constraint_type = 'FOREIGN KEY' group by tc.table_name, tc.constraint_name";
            int fkCount = 0;
            try (ResultSet rs = st.executeQuery(fks)) {
                while (rs.next()) {
                    fkCount++;
                    if (!Arrays.asList(rs.getString(3).split(",")).contains("tenant_id") || !Arrays.asList(rs.getString(4).split(",")).contains("tenant_id")) {
                        problems.add(rs.getString(1) + "." + rs.getString(2) + " references (" + rs.getString(4) + ") from (" + rs.getString(3) + ") without tenant_id on both sides");
                    }
                }
            }
            assertTrue(fkCount >= 2, "the check sees the foreign keys: " + fkCount);
            assertEquals(List.of(), problems);
            assertEquals(tables, readmeDistributedTables(), "the README distributes exactly the schema's tables");
        }
    }

    @Test
    void everyStatementOnATenantTableNamesTheTenant() throws Exception {
        Kenda k = kenda("kenda_statements");
        k.env("KENDA_SIDOARJO_DB_PASSWORD", "demo-only");
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("alter database kenda_statements set log_statement = 'all'");
        }
        Path data = tmp.resolve("demo-data");
        Files.createDirectories(data);
        for (String f : DemoCommand.DATA_FILES) {
            Files.copy(Path.of("src/main/resources/demo", f), data.resolve(f));
        }
        List<String[]> commands = new ArrayList<>();
        for (DemoCommand.Step s : DemoCommand.steps(data)) {
            commands.add(inTmp(s.args()));
        }
        commands.add(new String[] {"-t", "35.79", "ssh", "revisions"});
        commands.add(new String[] {"-t", "35.79", "ssh", "search", "kertas"});
        commands.add(new String[] {"-t", "35.79", "ssh", "export", "-o", "json"});
        commands.add(new String[] {"tenant", "show", "35.79"});
        commands.add(new String[] {"tenant", "export", "35.79"});
        commands.add(new String[] {"-t", "35.79", "budget", "validate", data.resolve("budget-sidoarjo-2026.csv").toString(), "--fail-on", "never"});
        commands.add(new String[] {"-t", "35.79", "runs"});
        commands.add(new String[] {"runs"});
        commands.add(new String[] {"tenant", "remove", "35.79", "--yes"});
        Set<String> ran = new LinkedHashSet<>();
        for (String[] a : commands) {
            Run r = k.run(a);
            assertTrue(r.exit() <= 2, String.join(" ", a) + ": " + r);
            ran.add(String.join(" ", a));
        }
        Set<String> tenantTables;
        try (Connection c = server.getDatabase("postgres", "kenda_statements").getConnection(); Statement st = c.createStatement()) {
            tenantTables = tables(st);
        }
        Thread.sleep(500);  // the log collector writes asynchronously
        List<String> unfiltered = new ArrayList<>();
        int checked = 0;
        for (String[] logged : statements("kenda_statements")) {
            String app = logged[0];
            String sql = logged[1].toLowerCase(java.util.Locale.ROOT);
            if (!app.startsWith("kenda") || app.startsWith("kenda db migrate") || isDdl(sql)) {
                continue;
            }
            List<String> touched = touchedTables(sql, tenantTables);
            if (touched.isEmpty()) {
                continue;
            }
            checked++;
            int predicates = count(withoutSelectList(sql), "tenant_id");
            if (predicates < touched.size() && CROSS_TENANT.keySet().stream().noneMatch(app::startsWith)) {
                unfiltered.add(app + ": " + logged[1]);
            }
        }
        assertTrue(checked > 200, "the log holds the commands' statements: " + checked + " checked after " + ran.size() + " commands");
        assertEquals(List.of(), unfiltered, "statements on tenant tables without a tenant_id for each table they name");
    }

    private Kenda kenda(String database) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + database);
        }
        Kenda k = Kenda.unmigrated(Backend.H2, tmp.resolve(database));
        k.env("KENDA_DB_URL", "jdbc:postgresql://localhost:" + server.getPort() + "/" + database);
        k.env("KENDA_DB_USER", "postgres");
        return k;
    }

    private String[] inTmp(String[] args) {
        String[] out = args.clone();
        for (int i = 1; i < out.length; i++) {
            if (out[i - 1].equals("--report") || out[i - 1].equals("--xlsx") || out[i - 1].equals("--html")) {
                out[i] = tmp.resolve(Path.of(out[i]).getFileName()).toString();
            }
        }
        return out;
    }

    private static Set<String> tables(Statement st) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = 'public'"
                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static Set<String> readmeDistributedTables() throws IOException {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("create_distributed_table\\('(\\w+)'").matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** (application name, statement) of every statement the server logged for {@code database}. */
    private static List<String[]> statements(String database) throws IOException {
        List<String[]> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(logs)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                    if (rec.size() < 23 || !database.equals(rec.get(2))) {
                        continue;
                    }
                    String message = rec.get(13);
                    Matcher m = Pattern.compile("^(?:statement|execute [^:]*): (.*)$", Pattern.DOTALL).matcher(message);
                    if (m.matches()) {
                        out.add(new String[] {rec.get(22), m.group(1)});
                    }
                }
            }
        }
        return out;
    }

    private static boolean isDdl(String sql) {
        String s = sql.stripLeading();
        return s.startsWith("create ") || s.startsWith("alter ") || s.startsWith("drop ") || s.startsWith("comment ")
                || s.startsWith("set ") || s.startsWith("show ") || s.startsWith("begin") || s.startsWith("commit") || s.startsWith("rollback");
    }

    private static List<String> touchedTables(String sql, Set<String> tables) {
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            Matcher m = Pattern.compile("(?:from|join|into|update|copy)\\s+\"?" + t + "\"?(?![\\w.])").matcher(sql);
            while (m.find()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The statement without the columns a select returns (from its first top-level FROM on): a
     * selected tenant_id filters nothing, a tenant_id in ON or WHERE does.
     */
    static String withoutSelectList(String sql) {
        String s = sql.stripLeading();
        if (!s.startsWith("select")) {
            return s;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && s.startsWith(" from ", i)) {
                return s.substring(i);
            }
        }
        return s;
    }

    @Test
    void theSelectListIsNotAFilter() {
        assertEquals(0, count(withoutSelectList("select \"tenant\".\"tenant_id\", name from \"tenant\" order by 1"), "tenant_id"));
        assertEquals(1, count(withoutSelectList("select (select tenant_id from x) from \"ssh_item\" where \"tenant_id\" = $1"), "tenant_id"));
        assertEquals(List.of("ssh_item", "ssh_item"), touchedTables("select 1 from \"ssh_item\" a join ssh_item b on a.x = b.x",
                Set.of("ssh_item", "tenant")));
    }

    private static int count(String s, String word) {
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }
}
