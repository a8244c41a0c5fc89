package id.kenda.trial;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Diagnostics a new user found misleading: each says what the problem really is, and where. */
class MessagesTest {
    static final String H = "KODE KELOMPOK BARANG,URAIAN KELOMPOK BARANG,ID STANDAR HARGA,KODE BARANG,URAIAN BARANG,SPESIFIKASI,SATUAN,HARGA SATUAN,KODE REKENING\n";
    static final String BUDGET_H = "kode_skpd,kode_sub_kegiatan,kode_rekening,id_standar_harga,kode_barang,nama_komponen,spesifikasi,koefisien,volume,satuan,harga_satuan,ppn,jumlah\n";
    static final String S = "2.16.0.00.0.00.01.0000,2.16.03.2.01.0004,";

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Kenda withSsh() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        Path ssh = file("ssh.csv", H
                + "1.1.7.01.01.01.001,ATK,1,1.1.7.01.01.01.001.00852,Ballpoint AE7,Standard,Buah,3100,\"5.1.02.01.01.0024,5.1.02.01.001.00052\"\n"
                + "1.1.7.01.01.01.002,Makan,2,1.1.7.01.01.01.002.00001,Nasi Kotak,Paket A,Kotak,35000,5.1.02.01.01.0052\n");
        Run r = k.run("-t", "35.15", "ssh", "import", ssh.toString(), "--year", "2026");
        assertEquals(0, r.exit(), r::toString);
        return k;
    }

    @Test
    void accountsAppearAsTheSshWroteThem() throws Exception {
        Kenda k = withSsh();
        Path b = file("b.csv", BUDGET_H + S + "5.1.02.01.01.0029,,1.1.7.01.01.01.001.00852,Ballpoint AE7,Standard,1 Buah,1,Buah,3100,0,3100\n");
        Run r = k.run("-t", "35.15", "budget", "validate", b.toString(), "--year", "2026");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("(allowed: 5.1.02.01.01.0024, 5.1.02.01.001.00052)"), r::toString);
        assertFalse(r.out().contains("5.1.2.1.1.24"), r::toString);
        JsonNode f = Json.parse(k.run("-t", "35.15", "budget", "validate", b.toString(), "--year", "2026", "-o", "json").out()).get("findings").get(0);
        assertEquals("5.1.02.01.01.0024, 5.1.02.01.001.00052", f.get("expected").asText());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "png.xlsx, 89504e470d0a1a0a0000000d49484452, a PNG image",
        "scan.xlsx, 255044462d312e340a25e2e3cfd30a, a PDF document",
        "photo.xlsx, ffd8ffe000104a46494600010100, a JPEG image",
        "data.csv.gz, 1f8b0800000000000003, a gzip archive",
    })
    void filesThatAreNotTablesAreNamedForWhatTheyAre(String name, String hex, String what) throws Exception {
        Kenda k = withSsh();
        Path p = tmp.resolve(name);
        byte[] head = HexFormat.of().parseHex(hex);
        byte[] bytes = new byte[head.length + 200];
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(p, bytes);
        Run r = k.run("-t", "35.15", "ssh", "import", p.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(p + ": this is " + what + ", not a CSV or XLSX table"), r::toString);
        assertFalse(r.err().contains("NUL byte"), r::toString);
    }

    @Test
    void aZipThatIsNotAWorkbookSaysWhatItIs() throws Exception {
        Kenda k = withSsh();
        Path docx = tmp.resolve("price-list.xlsx");
        try (OutputStream o = Files.newOutputStream(docx); ZipOutputStream z = new ZipOutputStream(o)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        Run r = k.run("-t", "35.15", "ssh", "import", docx.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("this is a Word document (.docx), not an Excel workbook"), r::toString);
    }

    @Test
    void invisibleCharactersAreShownInMessagesAndIgnoredInNames() throws Exception {
        Kenda k = withSsh();
        // a zero-width space and a no-break space in the name, a byte order mark inside the spec: still the same item
        Path b = file("b.csv", BUDGET_H + S + "5.1.02.01.01.0024,,,Ball\u200Bpoint\u00A0AE7,\uFEFFStandard,1 Buah,1,Buah,3100,0,3100\n");
        Run r = k.run("-t", "35.15", "budget", "validate", b.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals(0, Json.parse(r.out()).get("errors").asInt(), r::toString);

        Path bad = file("bad-code.csv", H + "1.1.7.01.01.01.001,ATK,3,1.1.7.01.01.01.001.0\u200B0853,Ballpoint AE9,Standard,Buah,2300,5.1.02.01.01.0024\n");
        Run code = k.run("-t", "35.15", "ssh", "import", bad.toString(), "--year", "2026");
        assertEquals(ExitCode.DATA, code.exit(), code::toString);
        assertTrue(code.err().contains("item code '1.1.7.01.01.01.001.0<U+200B>0853' is not dotted digits"), code::toString);
        assertTrue(code.err().contains("a character you cannot see"), code::toString);
        assertFalse(code.err().contains("\u200B"), "printed raw: " + code);
    }

    @Test
    void aRepeatInAnotherFileNamesThatFile() throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        Path a = file("a.csv", H + "1.1.7.01.01.01.001,ATK,1,1.1.7.01.01.01.001.00852,Ballpoint AE7,Standard,Buah,3100,5.1.02.01.01.0024\n");
        Path b = file("b.csv", H + "1.1.7.01.01.01.001,ATK,9,1.1.7.01.01.01.001.00999,Pensil,2B,Buah,1500,5.1.02.01.01.0024\n"
                + "1.1.7.01.01.01.001,ATK,1,1.1.7.01.01.01.001.00852,Ballpoint AE7,Standard,Buah,3300,5.1.02.01.01.0024\n");
        Run r = k.run("-t", "35.15", "ssh", "import", a.toString(), b.toString(), "--year", "2026", "--kind", "ssh");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(b + ":3:4: item code 1.1.7.01.01.01.001.00852 is already at line 2 of " + a + " with different values"), r::toString);
    }

    @Test
    void aDiffWithOneRevisionHasNothingToCompare() throws Exception {
        Kenda k = withSsh();
        Run none = k.run("-t", "35.15", "ssh", "diff", "--kind", "hspk", "-o", "json");
        assertEquals(0, none.exit(), none::toString);
        assertTrue(none.err().contains("nothing to compare: no hspk revision for 2026 yet"), none::toString);
        Run one = k.run("-t", "35.15", "ssh", "diff");
        assertEquals(0, one.exit(), one::toString);
        assertTrue(one.err().contains("nothing to compare: revision 1 is the only ssh revision of 2026"), one::toString);
        assertEquals(0, Json.parse(k.run("-t", "35.15", "ssh", "diff", "-o", "json").out()).get("items").size());
    }

    @Test
    void aMistypedRequiredOptionGetsDidYouMean() {
        Run r = Kenda.run(java.util.Map.of("KENDA_HOME", tmp.resolve("h").toString()), "-t", "35.15", "control", "summary", "--perod", "2026-08");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("unknown option '--perod' for 'kenda control summary'"), r::toString);
        assertTrue(r.err().contains("did you mean: --period?"), r::toString);
        assertFalse(r.err().contains("Missing required option"), r::toString);
    }
}
