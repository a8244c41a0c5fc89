package id.kenda.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output files never write through a symlink; SQL-like text is data; one tenant's commands never reach another's data. */
class PathsAndInjectionTest {
    @TempDir
    Path tmp;

    @Test
    void aReportPathThatIsASymlinkIsReplacedNotFollowed() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv", "--year", "2026").exit());
        Path precious = tmp.resolve("precious.txt");
        Files.writeString(precious, "keep me");
        Path link = tmp.resolve("report.html");
        Files.createSymbolicLink(link, precious);
        assertEquals(1, k.run("-t", "35.15", "budget", "validate", "src/main/resources/demo/budget-sidoarjo-2026.csv", "--report", link.toString()).exit(),
                "the demo budget has findings");
        assertEquals("keep me", Files.readString(precious), "the link's target is untouched");
        assertFalse(Files.isSymbolicLink(link), "the report replaced the link");
        assertTrue(Files.readString(link).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void sqlLikeTextIsStoredAsText() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        Path f = tmp.resolve("evil.csv");
        Files.writeString(f, "KODE BARANG,URAIAN BARANG,SATUAN,HARGA SATUAN\n1.1.1,\"Pensil'); DROP TABLE tenant; --\",Buah,2500\n");
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", f.toString(), "--year", "2026").exit());
        JsonNode item = Json.parse(k.run("-t", "35.15", "ssh", "show", "1.1.1", "-o", "json").out());
        assertEquals("Pensil'); DROP TABLE tenant; --", item.get("name").asText());
        assertEquals(2, Json.parse(k.run("tenant", "list", "-o", "json").out()).get("tenants").size());
    }

    @Test
    void oneTenantsCommandsNeverSeeAnothersPricesBudgetOrRealisation() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", "src/main/resources/demo/ssh-sidoarjo-2026-murni.csv",
                "src/main/resources/demo/export_excel_sbu_Sidoarjo_2026.csv", "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "budget", "import", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "--year", "2026").exit());
        Path real = tmp.resolve("real.csv");
        Files.writeString(real, "kode_skpd,kode_sub_kegiatan,bulan,rak,realisasi,rencana_fisik,realisasi_fisik\n"
                + "2.16.0.00.0.00.01.0000,2.16.03.2.01.0004,1,700000,600000,10,9\n");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", real.toString(), "--year", "2026").exit());
        assertEquals(1, k.run("-t", "35.15", "control", "summary", "--period", "2026-01", "--fail-on", "red").exit(), "7 % in Q1 is very-low");
        assertEquals(0, Json.parse(k.run("-t", "35.79", "ssh", "revisions", "-o", "json").out()).get("revisions").size());
        assertEquals(0, Json.parse(k.run("-t", "35.79", "ssh", "search", "ballpoint", "-o", "json").out()).get("count").asInt());
        assertEquals(1, k.run("-t", "35.79", "ssh", "show", "1.1.7.01.01.01.001.00852").exit());
        Run validate = k.run("-t", "35.79", "budget", "validate", "src/test/resources/fixtures/golden-2.16.03.2.01.0004.csv", "-o", "json");
        assertEquals(13, Json.parse(validate.out()).get("byRule").get("item-not-found").asInt(), "Batu's budget checks see none of Sidoarjo's prices");
        Run control = k.run("-t", "35.79", "control", "summary", "--period", "2026-01");
        assertEquals("no realisation data for 2026-01", control.out().strip());
        Run batuImport = k.run("-t", "35.79", "ssh", "import", "src/main/resources/demo/export_excel_ssh_Kota_Batu_2026.xlsx", "--year", "2026");
        assertEquals(0, batuImport.exit());
        JsonNode sidoarjo = Json.parse(k.run("-t", "35.15", "ssh", "revisions", "-o", "json").out()).get("revisions");
        assertEquals(2, sidoarjo.size(), "Batu's import did not touch Sidoarjo's revisions");
        assertEquals("active", sidoarjo.get(0).get("status").asText());
    }
}
