package id.kenda.trial;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Fixtures;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defects a design review found on the way: each fails on the code before its fix. */
class DefectsTest {
    static final String H = "kode_skpd,kode_sub_kegiatan,bulan,pagu,rak,realisasi,rencana_fisik,realisasi_fisik\n";
    static final String S = "1.02.0.00.0.00.01.0000,1.02.02.2.02.0032,";

    @TempDir
    Path tmp;

    private Run realisation(String rows) throws Exception {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        Path f = tmp.resolve("r.csv");
        Files.writeString(f, H + rows);
        return k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026");
    }

    @Test
    void physicalPercentagesAreExactInMessages() throws Exception {
        Run r = realisation(S + "1,1000000,100000,90000,12.3,12.3\n" + S + "2,1000000,100000,90000,12.2,12.3\n");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("rencana_fisik of sub kegiatan 1.02.02.2.02.0032 goes back from 12.3 % in month 1 to 12.2 % in month 2"), r::toString);
        assertFalse(r.err().contains("0000001"), "no float noise: " + r);
    }

    @Test
    void messagesNameColumnsAsTheFileDoes() throws Exception {
        Run r = realisation(S + "1,1000000,100000,-5,10,10\n");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(":2:6: realisasi -5 is negative"), r::toString);
        assertFalse(r.err().contains("realized"), r::toString);
    }

    @Test
    void headerErrorsNameTheHeaderRowOfAWorkbook() {
        Kenda k = Fixtures.withTenants(Backend.H2, tmp.resolve("home"));
        Run r = k.run("-t", "35.15", "budget", "validate", "src/main/resources/demo/export_excel_ssh_Kota_Batu_2026.xlsx", "--year", "2026");
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains("export_excel_ssh_Kota_Batu_2026.xlsx:4: missing required column kode_sub_kegiatan"),
                "the header is on row 4, below the title rows: " + r);
    }

    /** The names of design notes kept outside the repository, spelled so that this file does not cite them itself. */
    static final List<String> NOTES = Stream.of("DESIGN", "DOMAIN", "STYLE").map(n -> n + ".md").toList();

    @Test
    void noSourceFileCitesNotesOutsideTheRepository() throws Exception {
        // V1 included: its comment was reworded with its checksum kept (UpgradeTest replays a database that recorded it)
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> {
                        try {
                            String s = Files.readString(p);
                            return NOTES.stream().anyMatch(s::contains);
                        } catch (java.io.IOException | java.io.UncheckedIOException e) {
                            return false;
                        }
                    }).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
