package id.kenda;

import id.kenda.testing.Backend;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The documented JSON (and CSV) outputs, byte for byte, on the bundled sample data: a change to a
 * shape shows up here first. Regenerate deliberately with {@code -Dkenda.updateGolden=true}, and
 * say in the commit which field changed and why.
 */
class GoldenJsonTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final String DEMO = "src/main/resources/demo/";

    @TempDir
    static Path home;
    static Kenda k;

    @BeforeAll
    static void sidoarjo() {
        k = new Kenda(Backend.H2, home);
        k.env().put("KENDA_SIDOARJO_DB_PASSWORD", "golden");
        run(0, "tenant", "provision", "35.15", "--config", DEMO + "sidoarjo.yaml", "--skpd", DEMO + "skpd-sidoarjo.csv");
        run(0, "-t", "35.15", "ssh", "import", DEMO + "ssh-sidoarjo-2026-murni.csv", DEMO + "export_excel_sbu_Sidoarjo_2026.csv", "--year", "2026");
        run(0, "-t", "35.15", "ssh", "import", DEMO + "ssh-sidoarjo-2026-perubahan.csv", "--year", "2026");
        run(0, "-t", "35.15", "budget", "import", DEMO + "budget-sidoarjo-2026.csv", "--year", "2026", "--accept-findings");
        run(0, "-t", "35.15", "realization", "import", DEMO + "realisasi-sidoarjo-2026.csv", "--year", "2026");
    }

    private static Run run(int exit, String... args) {
        Run r = k.run(args);
        assertEquals(exit, r.exit(), r::toString);
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "budget-validate.json|1|-t 35.15 budget validate src/main/resources/demo/budget-sidoarjo-2026.csv --pagu src/main/resources/demo/pagu-sidoarjo-2026.csv -o json",
        "budget-validate.csv|1|-t 35.15 budget validate src/main/resources/demo/budget-sidoarjo-2026.csv -o csv",
        "control-summary-skpd.json|0|-t 35.15 control summary --period 2026-08 -o json",
        "control-summary-sub-kegiatan.csv|0|-t 35.15 control summary --period 2026-08 --level sub-kegiatan --sort deviation -o csv",
        "control-critical.json|0|-t 35.15 control critical --period 2026-08 -o json",
        "ssh-export.csv|0|-t 35.15 ssh export",
        "ssh-export-sbu.json|0|-t 35.15 ssh export --kind sbu -o json",
        "ssh-diff.json|0|-t 35.15 ssh diff -o json",
        "ssh-duplicates.json|0|-t 35.15 ssh duplicates -o json",
        "ssh-search.json|0|-t 35.15 ssh search kertas -o json"})
    void outputIsAsDocumented(String golden, int exit, String args) throws Exception {
        String out = run(exit, Arrays.stream(args.split(" ")).toArray(String[]::new)).out();
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("kenda.updateGolden")) {
            Files.writeString(file, out);
        }
        assertEquals(Files.readString(file), out, golden + " changed; if on purpose, regenerate with -Dkenda.updateGolden=true");
    }
}
