package id.kenda.cli;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Options that no other test ran from the command line: each with what it must do and what it must refuse. */
class OptionsExercisedTest {
    static final Path DEMO = Path.of("src/main/resources/demo");

    @TempDir
    Path tmp;

    private Kenda sidoarjo() {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Pemerintah Kabupaten Sidoarjo").exit());
        return k;
    }

    private static String demo(String f) {
        return DEMO.resolve(f).toString();
    }

    @Test
    void readerOptionsForceWhatDetectionWouldGuess() {
        Kenda k = sidoarjo();
        Run forced = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "--dry-run",
                "--encoding", "windows-1252", "--delimiter", ";", "--number-format", "id", "-o", "json");
        assertEquals(0, forced.exit(), forced::toString);
        assertEquals(20, Json.parse(forced.out()).get("revisions").get(0).get("items").asInt());
        Run wrongDelimiter = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "--dry-run", "--delimiter", ",");
        assertEquals(ExitCode.DATA, wrongDelimiter.exit(), wrongDelimiter::toString);
        assertTrue(wrongDelimiter.err().contains("missing required columns"), wrongDelimiter::toString);
        Run wrongEncoding = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "--dry-run", "--encoding", "UTF-8");
        assertEquals(ExitCode.DATA, wrongEncoding.exit(), wrongEncoding::toString);
        assertTrue(wrongEncoding.err().contains(":1: bytes that are not valid UTF-8") && wrongEncoding.err().contains("--encoding windows-1252"),
                wrongEncoding::toString);
        Run wrongNumbers = k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026", "--dry-run", "--number-format", "en");
        assertEquals(ExitCode.DATA, wrongNumbers.exit(), wrongNumbers::toString);
        assertTrue(wrongNumbers.err().contains(":2:8: price '3.100,00' is not a number in the English (1,234,567.89) format forced by --number-format"),
                wrongNumbers::toString);
        Run sheet = k.run("-t", "35.15", "ssh", "import", demo("export_excel_ssh_Kota_Batu_2026.xlsx"), "--year", "2026", "--dry-run", "--sheet", "1");
        assertEquals(0, sheet.exit(), sheet::toString);
        Run byName = k.run("-t", "35.15", "ssh", "import", demo("export_excel_ssh_Kota_Batu_2026.xlsx"), "--year", "2026", "--dry-run", "--sheet", "Standar Harga");
        assertEquals(0, byName.exit(), byName::toString);
        Run noSheet = k.run("-t", "35.15", "ssh", "import", demo("export_excel_ssh_Kota_Batu_2026.xlsx"), "--year", "2026", "--dry-run", "--sheet", "nope");
        assertEquals(ExitCode.DATA, noSheet.exit(), noSheet::toString);
        assertTrue(noSheet.err().contains("no sheet 'nope'; the sheets are: Standar Harga"), noSheet::toString);
    }

    @Test
    void diffBetweenNamedRevisionsCompareWithThresholdsAndLimits() {
        Kenda k = sidoarjo();
        assertEquals(0, k.run("tenant", "provision", "35.79", "--name", "Pemerintah Kota Batu", "--from", "35.15").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-murni.csv"), "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", demo("ssh-sidoarjo-2026-perubahan.csv"), "--year", "2026").exit());
        assertEquals(0, k.run("-t", "35.79", "ssh", "import", demo("export_excel_ssh_Kota_Batu_2026.xlsx"), "--year", "2026").exit());
        JsonNode fwd = Json.parse(k.run("-t", "35.15", "ssh", "diff", "--from", "1", "--to", "2", "-o", "json").out());
        JsonNode back = Json.parse(k.run("-t", "35.15", "ssh", "diff", "--from", "2", "--to", "1", "-o", "json").out());
        assertEquals(1, fwd.get("from").asInt());
        assertEquals(2, fwd.get("to").asInt());
        assertEquals(fwd.get("added").asInt(), back.get("removed").asInt(), "the reverse diff swaps added and removed");
        assertEquals(fwd.get("removed").asInt(), back.get("added").asInt());
        assertEquals(fwd.get("changed").asInt(), back.get("changed").asInt());
        assertTrue(fwd.get("changed").asInt() > 0, fwd::toString);
        Run missing = k.run("-t", "35.15", "ssh", "diff", "--from", "1", "--to", "99");
        assertEquals(ExitCode.USAGE, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("99"), "names the revision that is not there: " + missing.err());

        JsonNode strict = Json.parse(k.run("-t", "35.79", "ssh", "compare", "--with", "35.15", "--threshold", "0", "-o", "json").out());
        JsonNode loose = Json.parse(k.run("-t", "35.79", "ssh", "compare", "--with", "35.15", "--threshold", "1000", "-o", "json").out());
        JsonNode all = Json.parse(k.run("-t", "35.79", "ssh", "compare", "--with", "35.15", "--all", "-o", "json").out());
        assertEquals(0, strict.get("thresholdPct").asInt());
        assertTrue(strict.get("above").asInt() > loose.get("above").asInt(), "a higher threshold finds fewer items above it");
        assertEquals(0, loose.get("above").asInt(), "nothing is ten times dearer");
        assertEquals(0, loose.get("rows").size());
        assertEquals(all.get("matched").asInt(), all.get("rows").size(), "--all lists every matched item");
        assertTrue(all.get("rows").size() > strict.get("rows").size() || strict.get("above").asInt() == strict.get("matched").asInt(), all::toString);

        JsonNode one = Json.parse(k.run("-t", "35.15", "ssh", "search", "kertas", "--limit", "1", "-o", "json").out());
        assertEquals(1, one.get("count").asInt());
        JsonNode many = Json.parse(k.run("-t", "35.15", "ssh", "search", "kertas", "-o", "json").out());
        assertTrue(many.get("count").asInt() > 1, many::toString);
    }

    @Test
    void colourOnATerminalAndNotWithNoColor() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script), "util-linux script is not installed");
        Kenda k = sidoarjo();
        assertEquals(0, k.run("-t", "35.15", "realization", "import", "src/test/resources/fixtures/realization/valid.csv", "--year", "2026").exit());
        List<String> java = Processes.javaMain(Map.of(), "id.kenda.Main").command();
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(List.of("--home", k.home().toString(), "-t", "35.15", "control", "summary", "--period", "2026-06"));
        String line = String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        Run tty = Processes.finish(new ProcessBuilder(script.toString(), "-qec", line, "/dev/null"), 120);
        assertEquals(0, tty.exit(), tty::toString);
        assertTrue(tty.out().contains("\u001b["), "a terminal gets colour: " + tty.out());
        ProcessBuilder plain = new ProcessBuilder(script.toString(), "-qec", line, "/dev/null");
        plain.environment().put("NO_COLOR", "1");
        Run noColor = Processes.finish(plain, 120);
        assertEquals(0, noColor.exit(), noColor::toString);
        assertTrue(noColor.out().contains("TOTAL"), noColor::toString);
        assertFalse(noColor.out().contains("\u001b["), "NO_COLOR turns it off: " + noColor.out());
    }
}
