package id.kenda.budget;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** budget structure: the shares at their boundaries, the HKPD transition, overrides in the spec. */
class StructureTest {
    static final String SKPD = "1.01.0.00.0.00.01.0000";

    @TempDir
    Path tmp;

    private Kenda tenant(Backend b, String yaml) throws Exception {
        Kenda k = new Kenda(b, tmp.resolve("home"));
        Path spec = tmp.resolve("spec.yaml");
        Files.writeString(spec, "code: \"35.15\"\nname: Pemerintah Kabupaten Sidoarjo\nfiscalYear: 2026\n" + yaml);
        Run r = k.run("tenant", "provision", "35.15", "--config", spec.toString());
        assertEquals(0, r.exit(), r::toString);
        return k;
    }

    /** A budget of 10,000 rupiah: personnel on 5.1.01 in education, the rest goods in education and in public works. */
    private Path budget(String name, long pegawai, long education, long other) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, StagesTest.H
                + StagesTest.line(SKPD, "1.01.02.2.01.0001", "5.1.01.01.01.0001", "", "Gaji pokok", "1 Paket", 1, pegawai)
                + StagesTest.line(SKPD, "1.01.02.2.01.0002", "5.1.02.01.01.0024", "", "Alat tulis", "1 Paket", 1, education)
                + StagesTest.line(SKPD, "2.16.03.2.01.0004", "5.1.02.01.01.0024", "", "Alat tulis", "1 Paket", 1, other));
        return f;
    }

    private Map<String, String> statuses(Kenda k, String year, Path file, String... extra) {
        Run imp = k.run("-t", "35.15", "budget", "import", file.toString(), "--year", year, "--accept-findings");
        assertEquals(0, imp.exit(), imp::toString);
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"-t", "35.15", "budget", "structure", "--year", year}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        Run r = k.run(args);
        Map<String, String> out = new HashMap<>();
        JsonNode j = Json.parse(k.run("-t", "35.15", "budget", "structure", "--year", year, "-o", "json", "--fail-on", "never").out());
        for (JsonNode rule : j.get("rules")) {
            out.put(rule.get("id").asText(), rule.get("share").asText() + " " + rule.get("status").asText());
        }
        out.put("exit", String.valueOf(r.exit()));
        return out;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void personnelAtMostThirtyPercentOnTheRoundedShare(Backend backend) throws Exception {
        Kenda k = tenant(backend, "");
        // education is 1.01 throughout: pegawai + education lines; the rest is other bidang
        assertEquals("29.99 ok", statuses(k, "2027", budget("a.csv", 2999, 5001, 2000)).get("belanja-pegawai"));
        Map<String, String> at = statuses(k, "2027", budget("b.csv", 3000, 5000, 2000));
        assertEquals("30.0 ok", at.get("belanja-pegawai"), "30.00 % is at most 30 %");
        Map<String, String> over = statuses(k, "2027", budget("c.csv", 3001, 4999, 2000));
        assertEquals("30.01 error", over.get("belanja-pegawai"));
        assertEquals(String.valueOf(ExitCode.FINDINGS), over.get("exit"), "an error fails the default --fail-on");
    }

    @Test
    void theHkpdTransitionMakesAFailingShareAWarningBefore2027() throws Exception {
        Kenda k = tenant(Backend.H2, "");
        Map<String, String> before = statuses(k, "2026", budget("c.csv", 3001, 4999, 2000));
        assertEquals("30.01 warning", before.get("belanja-pegawai"));
        assertEquals("warning", before.get("infrastruktur").split(" ")[1], "no public works at all: below 40 %, a warning in 2026");
        assertEquals("0", before.get("exit"), "warnings pass the default --fail-on error");
        Run strict = k.run("-t", "35.15", "budget", "structure", "--year", "2026", "--fail-on", "warning");
        assertEquals(ExitCode.FINDINGS, strict.exit(), strict::toString);
        assertEquals("info", before.get("kesehatan").split(" ")[1], "health is shown, never failed");
    }

    @Test
    void educationAtLeastTwentyPercent() throws Exception {
        Kenda k = tenant(Backend.H2, "");
        // education = pegawai line (1.01) + education line (1.01)
        assertEquals("19.99 error", statuses(k, "2026", budget("a.csv", 1000, 999, 8001)).get("pendidikan"));
        assertEquals("20.0 ok", statuses(k, "2026", budget("b.csv", 1000, 1000, 8000)).get("pendidikan"));
    }

    @Test
    void overridesComeFromTheSpecAndBadOnesAreRefused() throws Exception {
        Kenda k = tenant(Backend.H2, "structure:\n  belanja-pegawai: { max: 35, errorFrom: 2026 }\n  pendidikan: { min: 25 }\n");
        Map<String, String> s = statuses(k, "2026", budget("a.csv", 3400, 0, 6600));
        assertEquals("34.0 ok", s.get("belanja-pegawai"));
        assertEquals("34.0 ok", s.get("pendidikan"), "the pegawai line is in education: 34 % >= 25 %");
        Map<String, String> over = statuses(k, "2026", budget("b.csv", 3600, 0, 6400));
        assertEquals("36.0 error", over.get("belanja-pegawai"), "errorFrom 2026 makes it an error this year");

        for (String bad : new String[] {"structure:\n  belanja-pegawai: { max: -1 }\n", "structure:\n  pendidikan: { min: 101 }\n",
            "structure:\n  belanja-pegawaii: { max: 30 }\n"}) {
            Path spec = tmp.resolve("bad.yaml");
            Files.writeString(spec, "code: \"35.15\"\nname: Pemerintah Kabupaten Sidoarjo\n" + bad);
            Run v = k.run("tenant", "validate", spec.toString());
            assertEquals(ExitCode.CONFIG, v.exit(), v::toString);
            assertTrue(v.err().contains("structure.") || v.out().contains("structure."), v::toString);
        }
    }

    @Test
    void anEmptyYearSaysSo() throws Exception {
        Kenda k = tenant(Backend.H2, "");
        Run r = k.run("-t", "35.15", "budget", "structure", "--year", "2026");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("no budget for 2026"), r::toString);
    }
}
