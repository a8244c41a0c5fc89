package id.kenda.ops;

import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many regions on one PostgreSQL: 20 tenants, 4 concurrent kenda processes for 60 s
 * ({@code -Dkenda.loadSeconds}) importing SSH, budget and realisation files and validating, in an
 * order drawn from a printed seed ({@code -Dkenda.loadSeed} repeats one). Every run must exit 0 or
 * 75; afterwards every tenant's active revisions must be complete and be its own last imported
 * files, and no revision may be left loading. Prints runs per minute, p50/p95 run time and lock
 * waits (the README's single-node figures).
 */
@Tag("slow")
class LoadTest {
    static final int TENANTS = 20;
    static final int PROCESSES = 4;
    static final String SKPD = "src/main/resources/demo/skpd-sidoarjo.csv";
    static final String BUDGET = "src/main/resources/demo/budget-sidoarjo-2026.csv";
    static final String REALIZATION = "src/main/resources/demo/realisasi-sidoarjo-2026.csv";

    @TempDir
    Path tmp;

    record Op(String tenant, String kind, String file, int exit, long startNanos, long endNanos) {
        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    @Test
    void twentyRegionsFourWritersAtOnce() throws Exception {
        long seed = Long.getLong("kenda.loadSeed", System.nanoTime());
        int seconds = Integer.getInteger("kenda.loadSeconds", 60);
        System.out.println("LoadTest seed " + seed + " (-Dkenda.loadSeed=" + seed + " repeats it), " + seconds + " s");
        Kenda k = new Kenda(Backend.POSTGRES, tmp.resolve("home"));
        List<String> tenants = new ArrayList<>();
        Map<String, Integer> items = new HashMap<>();
        for (int i = 1; i <= TENANTS; i++) {
            String code = String.format("35.%02d", i);
            tenants.add(code);
            Run p = k.run("tenant", "provision", code, "--skpd", SKPD);
            assertEquals(0, p.exit(), p::toString);
            // two price lists per tenant, of sizes no other tenant has: a row of another tenant's shows in the count
            for (String v : List.of("a", "b")) {
                int n = 1_000 + i * 10 + (v.equals("b") ? 5 : 0);
                Path f = Generate.priceList(tmp.resolve("ssh-" + code + "-" + v + ".csv"), n, seed + i * 2L + (v.equals("b") ? 1 : 0));
                items.put(f.toString(), n);
            }
        }
        // the budget's second version differs by its bytes only (a blank last line): each switch is a new revision
        java.nio.file.Files.writeString(tmp.resolve("budget-b.csv"), java.nio.file.Files.readString(Path.of(BUDGET)) + "\n");
        for (String t : tenants) {
            // the realisation takes its pagu from the budget: every tenant starts with one
            assertEquals(0, k.run("-t", t, "budget", "import", BUDGET, "--year", "2026", "--accept-findings", "-q").exit());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
        List<Future<List<Op>>> workers = new ArrayList<>();
        for (int w = 0; w < PROCESSES; w++) {
            Random random = new Random(seed * 31 + w);
            workers.add(pool.submit(() -> {
                List<Op> done = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    done.add(runOne(k, tenants, random));
                }
                return done;
            }));
        }
        List<Op> ops = new ArrayList<>();
        for (Future<List<Op>> f : workers) {
            ops.addAll(f.get());
        }
        pool.shutdown();

        List<String> bad = ops.stream().filter(o -> o.exit() != 0 && o.exit() != 75).map(Op::toString).toList();
        assertEquals(List.of(), bad, "seed " + seed + ": every run exits 0 or 75");
        assertTrue(ops.size() >= PROCESSES * 2, "seed " + seed + ": enough runs to mean something: " + ops.size());

        // the last successful import of each tenant and dataset is what is active, and complete
        Map<String, Op> lastSsh = new TreeMap<>();
        ops.stream().filter(o -> o.exit() == 0 && o.kind().equals("ssh")).sorted((a, b) -> Long.compare(a.endNanos(), b.endNanos()))
                .forEach(o -> lastSsh.put(o.tenant(), o));
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("select count(*) from revision where status = 'loading'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "seed " + seed + ": no revision left loading");
            }
            for (Map.Entry<String, Op> e : lastSsh.entrySet()) {
                try (ResultSet rs = st.executeQuery("select r.source_files, r.row_count, (select count(*) from ssh_item i where i.tenant_id = r.tenant_id"
                        + " and i.revision_id = r.revision_id) from revision r where r.tenant_id = '" + e.getKey() + "' and r.dataset = 'ssh'"
                        + " and r.status = 'active'")) {
                    assertTrue(rs.next(), "seed " + seed + ": " + e.getKey() + " has an active price list");
                    assertEquals(e.getValue().file(), rs.getString(1), "seed " + seed + ": " + e.getKey() + "'s active list is its last import");
                    int n = items.get(e.getValue().file());
                    assertEquals(n, rs.getInt(2), "seed " + seed + ": " + e.getKey() + " revision row count");
                    assertEquals(n, rs.getInt(3), "seed " + seed + ": " + e.getKey() + " rows stored under it, its own and no other's");
                }
            }
            // every stored row belongs to a registered revision of its own tenant
            for (String table : List.of("ssh_item", "budget_line", "realization_row")) {
                try (ResultSet rs = st.executeQuery("select count(*) from " + table + " t where not exists (select 1 from revision r"
                        + " where r.tenant_id = t.tenant_id and r.revision_id = t.revision_id)")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "seed " + seed + ": " + table + " rows outside a revision of their tenant");
                }
            }
            try (ResultSet rs = st.executeQuery("select count(*) from revision r where r.status = 'active' and r.row_count <> ("
                    + " (select count(*) from ssh_item t where t.tenant_id = r.tenant_id and t.revision_id = r.revision_id)"
                    + " + (select count(*) from budget_line t where t.tenant_id = r.tenant_id and t.revision_id = r.revision_id)"
                    + " + (select count(*) from realization_row t where t.tenant_id = r.tenant_id and t.revision_id = r.revision_id))")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "seed " + seed + ": every active revision holds exactly its rows");
            }
        }

        List<Double> times = new ArrayList<>(ops.stream().map(Op::seconds).toList());
        Collections.sort(times);
        long busy = ops.stream().filter(o -> o.exit() == 75).count();
        System.out.printf(Locale.ROOT, "LoadTest: %d runs in %d s by %d processes over %d tenants: %.0f runs/min, p50 %.2f s, p95 %.2f s,"
                        + " %d lock waits (exit 75, same tenant busy); by kind %s%n", ops.size(), seconds, PROCESSES, TENANTS,
                ops.size() * 60.0 / seconds, times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), busy, byKind(ops));
    }

    private static Op runOne(Kenda k, List<String> tenants, Random random) throws Exception {
        String t = tenants.get(random.nextInt(tenants.size()));
        int pick = random.nextInt(10);
        String kind;
        String file;
        List<String> args = new ArrayList<>(List.of("-t", t, "-q"));
        if (pick < 4) {
            kind = "ssh";
            file = k.home().getParent().resolve("ssh-" + t + "-" + (random.nextBoolean() ? "a" : "b") + ".csv").toString();
            args.addAll(List.of("ssh", "import", file, "--year", "2026", "--allow-shrink"));
        } else if (pick < 6) {
            kind = "budget";
            file = random.nextBoolean() ? BUDGET : k.home().getParent().resolve("budget-b.csv").toString();
            args.addAll(List.of("budget", "import", file, "--year", "2026", "--accept-findings"));
        } else if (pick < 8) {
            kind = "realization";
            file = REALIZATION;
            args.addAll(List.of("realization", "import", file, "--year", "2026"));
        } else {
            kind = "validate";
            file = BUDGET;
            args.addAll(List.of("budget", "validate", file, "--year", "2026", "--fail-on", "never"));
        }
        long start = System.nanoTime();
        Run r = Processes.finish(Processes.javaMain(k.env(), "id.kenda.Main", args.toArray(String[]::new)), 300);
        long end = System.nanoTime();
        int exit = r.exit();
        if (exit != 0 && exit != 75) {
            System.out.println("LoadTest: " + String.join(" ", args) + " exited " + exit + ": " + r.err());
        }
        return new Op(t, kind, file, exit, start, end);
    }

    private static Map<String, Long> byKind(List<Op> ops) {
        Map<String, Long> out = new TreeMap<>();
        ops.forEach(o -> out.merge(o.kind(), 1L, Long::sum));
        return out;
    }
}
