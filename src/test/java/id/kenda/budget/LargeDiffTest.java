package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A large stage diffs in a 256 MB heap: the comparison streams both revisions. The
 * lines are written straight into the stored revisions (what is measured is the diff, and an
 * import of two million lines would only make the test slow).
 */
@Tag("slow")
class LargeDiffTest {
    /** 100,000 in every build (the suite stays within its ten minutes); {@code -Dkenda.largeDiffLines=1000000} for the full size. */
    static final int LINES = Integer.getInteger("kenda.largeDiffLines", 100_000);

    @TempDir
    Path tmp;

    @Test
    void aLargeStageDiffsIn256Mb() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo", "--fiscal-year", "2026").exit());
        Path one = tmp.resolve("one.csv");
        Files.writeString(one, StagesTest.H + StagesTest.line(StagesTest.SKPD_A, StagesTest.SUB_A, "5.1.02.01.01.0024", "1.1.1", "Pensil", "1 Paket", 1, 1000));
        assertEquals(0, k.run("-t", "35.15", "budget", "import", one.toString(), "--year", "2026", "--accept-findings").exit());
        Files.writeString(one, Files.readString(one) + StagesTest.line(StagesTest.SKPD_A, StagesTest.SUB_A, "5.1.02.01.01.0024", "1.1.2", "Map", "1 Paket", 1, 1));
        assertEquals(0, k.run("-t", "35.15", "budget", "import", one.toString(), "--year", "2026", "--stage", "perubahan", "--accept-findings").exit());
        Settings s = new Settings(k.home(), null, null, Duration.ZERO, k.env(), "test");
        try (Database db = Database.open(s, Database.Access.WRITE, Database.Schema.AS_IS, m -> { });
             Statement st = db.connection().createStatement()) {
            st.execute("delete from budget_line where tenant_id = '35.15'");
            // 10,000 sub kegiatan x 10 accounts; the perubahan changes every 100th line's total, drops every 200th (x = 1 mod 200)
            // and adds 3,000 lines of its own
            String cols = "insert into budget_line (tenant_id, revision_id, line_no, skpd_code, sub_kegiatan, account, account_norm, item_code, name,"
                    + " spec, koefisien, volume, unit, unit_price, ppn, total) select '35.15', %d, cast(x as int), '1.01.0.00.0.00.01.0000',"
                    + " '1.01.02.2.01.' || lpad(cast(mod(x, 10000) as varchar), 4, '0'), '5.1.02.01.01.00' || cast(10 + mod(x / 10000, 10) as varchar),"
                    + " '5.1.2.1.1.' || cast(10 + mod(x / 10000, 10) as varchar), 'I' || cast(x as varchar), 'Barang ' || cast(x as varchar), null,"
                    + " '1 Paket', 1, 'Paket', 1000, 0, %s from (select \"X\" as x from system_range(%d, %d)) r %s";
            st.execute(String.format(cols, 1, "1000", 1, LINES, ""));
            st.execute(String.format(cols, 2, "case when mod(x, 100) = 0 then 2000 else 1000 end", 1, LINES + 3000, "where x > " + LINES + " or mod(x, 200) <> 1"));
            st.execute("update revision set row_count = (select count(*) from budget_line b where b.tenant_id = revision.tenant_id"
                    + " and b.revision_id = revision.revision_id) where tenant_id = '35.15'");
        }
        Process p = Processes.javaMain(k.env(), List.of("-Xmx256m"), "id.kenda.Main", "-t", "35.15", "budget", "diff", "-o", "json")
                .redirectOutput(tmp.resolve("diff.json").toFile()).redirectError(tmp.resolve("diff.err").toFile()).start();
        assertEquals(0, p.waitFor(), () -> {
            try {
                return Files.readString(tmp.resolve("diff.err"));
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        JsonNode j = Json.parse(Files.readString(tmp.resolve("diff.json")));
        assertEquals(3000, j.get("lines").get("added").asInt());
        assertEquals(LINES / 200, j.get("lines").get("removed").asInt());
        assertEquals(LINES / 100, j.get("lines").get("changed").asInt());
        assertEquals(10_000, j.get("subKegiatan").size());
        long before = 1000L * LINES;
        // the 3,000 added lines hold 30 multiples of 100, at 2,000 each
        long after = before + 1000L * (LINES / 100) - 1000L * (LINES / 200) + 1000L * 3000 + 1000L * 30;
        assertEquals(before, j.get("total").get("before").asLong());
        assertEquals(after, j.get("total").get("after").asLong());
    }
}
