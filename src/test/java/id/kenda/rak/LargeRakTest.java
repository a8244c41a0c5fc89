package id.kenda.rak;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A large RAK imports and checks in a 256 MB heap: rows are streamed into the revision, the check
 * sums in the database and reads the rows once. 100,000 rows in every build;
 * {@code -Dkenda.largeRakRows=500000} for the size SIPD-RI exports for a province.
 */
@Tag("slow")
class LargeRakTest {
    static final int ROWS = Integer.getInteger("kenda.largeRakRows", 100_000);

    @TempDir
    Path tmp;

    @Test
    void aLargeRakImportsAndChecksIn256Mb() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo", "--fiscal-year", "2026").exit());
        Path f = tmp.resolve("rak.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("kode_skpd,kode_sub_kegiatan,kode_akun,bulan_1,bulan_2,bulan_3,bulan_4,bulan_5,bulan_6,bulan_7,bulan_8,bulan_9,bulan_10,bulan_11,"
                    + "bulan_12,total_akb,is_valid_bud\n");
            for (int i = 0; i < ROWS; i++) {
                // 10,000 sub kegiatan x up to 50 accounts; every 1,000th row not yet validated by the BUD
                String sub = String.format("1.01.02.2.01.%04d", i % 10_000);
                String account = String.format("5.1.02.01.01.%04d", i / 10_000 + 1);
                w.write("1.01.0.00.0.00.01.0000," + sub + "," + account + ",1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,1000,12000,"
                        + (i % 1000 == 0 ? "0" : "1") + "\n");
            }
        }
        Run imp = Processes.finish(Processes.javaMain(k.env(), List.of("-Xmx256m"), "id.kenda.Main", "-t", "35.15", "rak", "import", f.toString(),
                "--year", "2026", "-o", "json"), 600);
        assertEquals(0, imp.exit(), imp::toString);
        assertEquals(ROWS, Json.parse(imp.out()).get("rows").asInt());
        // a one-line budget so the check runs: every RAK row but one is an orphan
        Path budget = tmp.resolve("budget.csv");
        Files.writeString(budget, id.kenda.testing.BudgetLines.HEADER + id.kenda.testing.BudgetLines.line("1.01.0.00.0.00.01.0000",
                "1.01.02.2.01.0000", "5.1.02.01.01.0001", "1.1.1", "Pensil", "1 Paket", 1, 12000));
        assertEquals(0, k.run("-t", "35.15", "budget", "import", budget.toString(), "--year", "2026", "--accept-findings").exit());
        Run check = Processes.finish(Processes.javaMain(k.env(), List.of("-Xmx256m"), "id.kenda.Main", "-t", "35.15", "rak", "check", "-o", "json",
                "--fail-on", "never"), 600);
        assertEquals(0, check.exit(), check::toString);
        JsonNode j = Json.parse(check.out());
        assertEquals(ROWS - 1, j.get("byRule").get("rak-orphan").asInt());
        assertEquals(ROWS / 1000, j.get("byRule").get("rak-unvalidated").asInt());
        assertEquals(1000, j.get("findings").size(), "listed up to --max-findings, counted in full");
        assertEquals(12000L * ROWS, j.get("total").get("rak").asLong());
    }
}
