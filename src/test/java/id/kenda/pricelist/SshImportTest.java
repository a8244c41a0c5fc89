package id.kenda.pricelist;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SSH imports and queries on H2 and PostgreSQL with the bundled sample files and one fixture per bad input. */
class SshImportTest {
    static final Path DEMO = Path.of("src/main/resources/demo");
    static final Path FIX = Path.of("src/test/resources/fixtures/ssh");

    @TempDir
    Path tmp;

    static Kenda withTenants(Backend b, Path home) {
        return id.kenda.testing.Fixtures.withTenants(b, home);
    }

    private static String demo(String f) {
        return DEMO.resolve(f).toString();
    }

    private static JsonNode revisions(Kenda k, String tenant) {
        return Json.parse(k.run("-t", tenant, "ssh", "revisions", "-o", "json").out()).get("revisions");
    }

    /** The murni price list (windows-1252, one repeated row) and an SBU file, as revisions 1 and 2. */
    private static Run importMurni(Kenda k) {
        Run first = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), demo("export_excel_sbu_Sidoarjo_2026.csv"),
                "--year", "2026", "--label", "murni", "-o", "json");
        assertEquals(0, first.exit(), first::toString);
        return first;
    }

    /** The perubahan price list as revision 3, after the murni. */
    private static Run importPerubahan(Kenda k) {
        importMurni(k);
        Run second = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-perubahan.csv"), "--year", "2026", "--label", "perubahan", "-o", "json");
        assertEquals(0, second.exit(), second::toString);
        return second;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void importsAMessyCsvAndAnSbuFileAsOneRevisionPerKind(Backend backend) {
        Run first = importMurni(withTenants(backend, tmp));
        JsonNode j = Json.parse(first.out());
        assertEquals("imported", j.get("status").asText());
        assertEquals(25, j.get("rows").asInt(), "21 SSH rows + 4 SBU rows");
        assertEquals(24, j.get("imported").asInt());
        assertEquals(1, j.get("duplicates").asInt(), "the identical repeated row");
        assertEquals("ssh", j.get("revisions").get(0).get("kind").asText());
        assertEquals("sbu", j.get("revisions").get(1).get("kind").asText(), "kind from the file name");
        assertTrue(j.get("sources").get(0).get("format").asText().startsWith("windows-1252"), first::toString);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theSameFileAgainIsUnchangedAndMakesNoRevision(Backend backend) {
        Kenda k = withTenants(backend, tmp);
        importMurni(k);
        Run again = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "-o", "json");
        assertEquals(0, again.exit(), again::toString);
        assertEquals("unchanged", Json.parse(again.out()).get("status").asText());
        assertEquals(2, revisions(k, "35.15").size(), "no new revision");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRevisedListCountsWhatItAddsChangesAndRemoves(Backend backend) {
        JsonNode s = Json.parse(importPerubahan(withTenants(backend, tmp)).out());
        assertEquals(3, s.get("revision").asInt());
        assertEquals(2, s.get("added").asInt());
        assertEquals(5, s.get("changed").asInt());
        assertEquals(2, s.get("removed").asInt());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void showGivesTheActivePriceAndKeepsThePreviousRevisionReadable(Backend backend) {
        Kenda k = withTenants(backend, tmp);
        importPerubahan(k);
        JsonNode show = Json.parse(k.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00852", "-o", "json").out());
        for (String f : new String[] {"code", "name", "spec", "unit", "price", "accounts", "kind", "revision", "fiscalYear"}) {
            assertTrue(show.has(f), "show has " + f);
        }
        assertEquals(3300, show.get("price").asInt());
        assertEquals(3, show.get("revision").asInt());
        assertEquals(3100, show.get("revisions").get(0).get("price").asInt(), "the previous revision stays readable");
        assertEquals("archived", show.get("revisions").get(0).get("status").asText());
        assertEquals(1, k.run("-t", "35.15", "ssh", "show", "9.9.9.9").exit(), "an unknown code exits 1");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void diffComparesThePreviousRevisionWithTheLatest(Backend backend) {
        Kenda k = withTenants(backend, tmp);
        importPerubahan(k);
        JsonNode diff = Json.parse(k.run("-t", "35.15", "ssh", "diff", "-o", "json").out());
        assertEquals(1, diff.get("from").asInt());
        assertEquals(3, diff.get("to").asInt());
        assertEquals(4, diff.get("summary").get("increased").asInt());
        assertEquals(1, diff.get("summary").get("decreased").asInt());
        JsonNode tinta = null;
        for (JsonNode e : diff.get("items")) {
            if ("1.1.7.01.01.02.001.00201".equals(e.get("code").asText())) {
                tinta = e;
            }
        }
        assertNotNull(tinta, diff::toString);
        assertEquals(3.14, tinta.get("changePct").asDouble(), 1e-9);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void importsTheSipdXlsxAndComparesRegions(Backend backend) {
        Kenda k = withTenants(backend, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-perubahan.csv"), "--year", "2026").exit());
        Run batu = k.run("-t", "35.79", "ssh", "import", demo("export_excel_ssh_Kota_Batu_2026.xlsx"), "--year", "2026", "-o", "json");
        assertEquals(0, batu.exit(), batu::toString);
        assertEquals(19, Json.parse(batu.out()).get("imported").asInt());
        JsonNode ink = Json.parse(k.run("-t", "35.79", "ssh", "show", "1.1.7.01.01.02.001.00201", "-o", "json").out());
        assertEquals(150000, ink.get("price").asInt(), "a number cell read exactly");
        assertEquals("5.1.02.01.001.00029", ink.get("accounts").get(0).asText(), "the account as written (padded)");

        JsonNode cmp = Json.parse(k.run("-t", "35.79", "ssh", "compare", "--with", "35.15", "-o", "json").out());
        assertEquals(18, cmp.get("matched").asInt());
        assertEquals(3, cmp.get("above").asInt());
        assertEquals("1.1.7.01.01.02.001.00201", cmp.get("rows").get(0).get("code").asText(), "sorted by ratio, highest first");
        assertEquals(1.2, cmp.get("rows").get(0).get("ratio").asDouble(), 1e-9);

        assertEquals(1, revisions(k, "35.79").size(), "each tenant sees only its own revisions");
        assertEquals(1, revisions(k, "35.15").size());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void invalidRowsStoreNothingAndAreAllReportedWithLines(Backend backend) throws Exception {
        Kenda k = withTenants(backend, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", FIX.resolve("valid-two-items.csv").toString(), "--year", "2026").exit());
        Path rejects = tmp.resolve("rejects.csv");
        Run r = k.run("-t", "35.15", "ssh", "import", FIX.resolve("invalid-rows.csv").toString(), "--year", "2026",
                "--rejects", rejects.toString(), "-o", "json");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        JsonNode j = Json.parse(r.out());
        assertEquals("rejected", j.get("status").asText());
        assertEquals(8, j.get("rejected").asInt(), r::toString);
        List<String> lines = Files.readAllLines(rejects);
        assertEquals(9, lines.size(), "header + 8 rejects");
        String all = String.join("\n", lines);
        for (String expect : new String[] {",3,no item name", ",4,no unit", ",5,\"price '1.250.000,00abc' is not a number", ",6,price -500 is not positive",
            ",7,price 1000000000000000 is not below 10^15", ",8,has 7 cells where the header has 9",
            ",9,item code 1.1.7.01.01.01.001.00001 is already at line 2 with different values", ",10,account code '5.1.02.01' is not 6 numeric segments"}) {
            assertTrue(all.contains(expect), expect + " in\n" + all);
        }
        assertTrue(r.err().contains("invalid-rows.csv:3:5: no item name"), r::toString);
        assertTrue(r.err().contains("nothing was imported"), r::toString);
        JsonNode revs = revisions(k, "35.15");
        assertEquals(1, revs.size(), "no revision was added");
        assertEquals("active", revs.get(0).get("status").asText());
        assertEquals(2, revs.get(0).get("rows").asInt());

        Run skip = k.run("-t", "35.15", "ssh", "import", FIX.resolve("invalid-rows.csv").toString(), "--year", "2026", "--skip-invalid", "--allow-shrink",
                "-o", "json");
        assertEquals(0, skip.exit(), skip::toString);
        JsonNode sj = Json.parse(skip.out());
        assertEquals(2, sj.get("imported").asInt());
        assertEquals(8, sj.get("rejected").asInt());
        assertEquals(8, sj.get("rejects").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.csv|the file is empty",
        "header-only.csv|no data rows below the header",
        "unknown-headers.csv|missing required columns URAIAN BARANG, SATUAN, HARGA SATUAN; found: NO, BARANG, UKURAN, NILAI",
        "duplicate-headers.csv|column 'URAIAN BARANG' (column 3) means the same as 'NAMA BARANG' (column 2)",
        "unterminated-quote.csv|unterminated quote",
        "nul-bytes.csv|NUL byte",
        "html-as-xls.xls|HTML page",
        "corrupt.xlsx|damaged or truncated",
        "bad-kind.csv|kind '7' is not 1-4",
        "no-such-file.csv|no such file",
    })
    void badFilesExitWithOneClearLineAndStoreNothing(String file, String message) {
        Kenda k = withTenants(Backend.H2, tmp);
        Run r = k.run("-t", "35.15", "ssh", "import", FIX.resolve(file).toString(), "--year", "2026");
        int expected = file.startsWith("no-such") ? ExitCode.NO_INPUT : ExitCode.DATA;
        assertEquals(expected, r.exit(), r::toString);
        assertTrue(r.err().contains(message), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertEquals(0, revisions(k, "35.15").size());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void dryRunComparesAndStoresNothing(Backend backend) {
        Kenda k = withTenants(backend, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026").exit());
        Run dry = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-perubahan.csv"), "--year", "2026", "--dry-run", "-o", "json");
        assertEquals(0, dry.exit(), dry::toString);
        JsonNode j = Json.parse(dry.out());
        assertEquals("dry-run", j.get("status").asText());
        assertEquals(5, j.get("changed").asInt());
        JsonNode revs = revisions(k, "35.15");
        assertEquals(1, revs.size());
        assertEquals(3100, Json.parse(k.run("-t", "35.15", "ssh", "show", "1.1.7.01.01.01.001.00852", "-o", "json").out()).get("price").asInt());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void kindColumnSplitsRevisionsAndSearchDuplicatesExportWork(Backend backend) throws Exception {
        Kenda k = withTenants(backend, tmp);
        Run kinds = k.run("-t", "35.15", "ssh", "import", FIX.resolve("kinds-column.csv").toString(), "--year", "2026", "-o", "json");
        assertEquals(0, kinds.exit(), kinds::toString);
        assertEquals(2, Json.parse(kinds.out()).get("revisions").size(), "SSH and SBU rows become two revisions");
        // the demo list replaces the fixture's few SSH items: on purpose, so past the shrink guard
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "--allow-shrink").exit());

        JsonNode found = Json.parse(k.run("-t", "35.15", "ssh", "search", "KABEL", "1,5", "-o", "json").out());
        assertEquals(1, found.get("count").asInt());
        JsonNode accents = Json.parse(k.run("-t", "35.15", "ssh", "search", "mm²", "-o", "json").out());
        assertEquals(1, accents.get("count").asInt());

        JsonNode dups = Json.parse(k.run("-t", "35.15", "ssh", "duplicates", "-o", "json").out()).get("groups");
        assertEquals(1, dups.size());
        assertEquals(List.of("1.1.7.01.01.01.001.00852", "1.1.7.01.01.01.001.00861"),
                List.of(dups.get(0).get("codes").get(0).asText(), dups.get(0).get("codes").get(1).asText()));

        Run export = k.run("-t", "35.15", "ssh", "export", "--kind", "ssh");
        assertEquals(0, export.exit(), export::toString);
        assertEquals(21, export.out().lines().count(), "header + the 20 SSH items of the murni revision, which replaced the fixture's SSH revision");
        Path again = tmp.resolve("again.csv");
        Files.writeString(again, export.out());
        Run reimport = k.run("-t", "35.79", "ssh", "import", again.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, reimport.exit(), reimport::toString);
        assertEquals(20, Json.parse(reimport.out()).get("imported").asInt(), "an export imports back");
    }

    @Test
    void dryRunLeavesLeftoversOfAKilledRunAlone() throws Exception {
        Kenda k = withTenants(Backend.H2, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", FIX.resolve("valid-two-items.csv").toString(), "--year", "2026").exit());
        java.time.Duration z = java.time.Duration.ZERO;
        id.kenda.core.Settings s = new id.kenda.core.Settings(k.home(), null, null, z, k.env(), "test");
        try (id.kenda.db.Database db = id.kenda.db.Database.open(s, id.kenda.db.Database.Access.WRITE, id.kenda.db.Database.Schema.REQUIRE_CURRENT, m -> { });
             var st = db.connection().createStatement()) {
            st.execute("insert into ssh_item (tenant_id, revision_id, item_key, name, spec, unit, price, kind, source_line)"
                    + " values ('35.15', 7, 'x', 'left over', '', 'Buah', 1, 'ssh', 2)");
        }
        Run dry = k.run("-t", "35.15", "ssh", "import", SshImportTest.DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(), "--year", "2026",
                "--dry-run", "--allow-shrink");
        assertEquals(0, dry.exit(), dry::toString);
        assertEquals(1, id.kenda.testing.Fixtures.orphanRows(k), "the dry run changed nothing, not even leftovers");
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", SshImportTest.DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(), "--year", "2026",
                "--allow-shrink").exit());
        assertEquals(0, id.kenda.testing.Fixtures.orphanRows(k), "a real run removes them");
    }

    @Test
    void overLongCodesAreDataErrorsNotCrashes() throws Exception {
        Kenda k = withTenants(Backend.H2, tmp);
        Path f = tmp.resolve("long.csv");
        Files.writeString(f, "KODE KELOMPOK BARANG,URAIAN BARANG,SATUAN,HARGA SATUAN\n" + "1.".repeat(40) + "1,Pensil,Buah,2500\n");
        Run r = k.run("-t", "35.15", "ssh", "import", f.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void aDirectoryAsTheRejectsFileIsRefusedBeforeAnythingIsLoaded() throws Exception {
        Kenda k = withTenants(Backend.H2, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", FIX.resolve("valid-two-items.csv").toString(), "--year", "2026").exit());
        Path dir = Files.createDirectories(tmp.resolve("rejects-dir"));
        Files.writeString(dir.resolve("x"), "x");
        Run r = k.run("-t", "35.15", "ssh", "import", DEMO.resolve("ssh-sidoarjo-2026-murni.csv").toString(), "--year", "2026",
                "--rejects", dir.toString());
        assertEquals(ExitCode.CANT_CREATE, r.exit(), "a directory as the rejects file is refused before anything is loaded: " + r);
        JsonNode revs = revisions(k, "35.15");
        assertEquals(1, revs.size());
        assertEquals("active", revs.get(0).get("status").asText(), "the active revision is untouched");
    }

    @Test
    void exportNeutralisesFormulaCells() {
        Kenda k = withTenants(Backend.H2, tmp);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", FIX.resolve("formula-names.csv").toString(), "--year", "2026").exit());
        Run export = k.run("-t", "35.15", "ssh", "export");
        assertTrue(export.out().contains("\"'=HYPERLINK(\"\"http://x\"\")\""), export::toString);
        JsonNode json = Json.parse(k.run("-t", "35.15", "ssh", "export", "-o", "json").out());
        assertEquals("=HYPERLINK(\"http://x\")", json.get(0).get("name").asText(), "JSON keeps the value as it is");
        assertNull(json.get(0).get("sipdId").textValue());
    }

    @Test
    void unknownTenantAndMissingTenantAreRefusedBeforeLoading() {
        Kenda k = new Kenda(Backend.H2, tmp);
        Run none = k.run("ssh", "import", FIX.resolve("valid-two-items.csv").toString(), "--year", "2026");
        assertEquals(ExitCode.USAGE, none.exit(), none::toString);
        Run unknown = k.run("-t", "35.79", "ssh", "import", FIX.resolve("valid-two-items.csv").toString(), "--year", "2026");
        assertEquals(ExitCode.CONFIG, unknown.exit(), unknown::toString);
    }
}
