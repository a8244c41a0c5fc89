package id.kenda.reliability;

import id.kenda.core.ExitCode;
import id.kenda.testing.Backend;
import id.kenda.testing.Kenda;
import id.kenda.testing.Processes;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fixture per kind of bad (or merely messy) input, each with its expected exit code and message
 * (fixtures/corpus/index.csv; the last column says what it is imported as, a price list unless it
 * says {@code realization}). None may produce a stack trace or exit 70, as what it is or as a budget.
 * Fixtures too big to keep in the repository are written by {@link #generated} on first use.
 */
class BadInputCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/fixtures/corpus");

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/fixtures/corpus/index.csv", numLinesToSkip = 1)
    void eachFixtureHasItsDocumentedOutcome(String file, int exit, String message, String as) throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path input = Files.exists(CORPUS.resolve(file)) ? CORPUS.resolve(file) : generated(file);
        String noun = as == null ? "ssh" : as;
        Run r = k.run("-t", "35.15", noun, "import", input.toString(), "--year", "2026");
        assertEquals(exit, r.exit(), r::toString);
        if (message != null) {
            assertTrue(r.err().contains(message), r::toString);
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        if (exit != 0) {
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("kenda: error:")).count(), "one error line: " + r.err());
        }
        Run asBudget = k.run("-t", "35.15", "budget", "validate", input.toString());
        assertNotEquals(ExitCode.SOFTWARE, asBudget.exit(), asBudget::toString);
        assertFalse(asBudget.err().contains("\tat "), asBudget::toString);
    }

    /** The fixtures written at test time: a 5 MB cell with no quote and no line break. */
    private Path generated(String file) throws Exception {
        Path f = tmp.resolve(file);
        if (file.equals("unquoted-5mb-field.csv")) {
            try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                w.write("KODE BARANG,URAIAN BARANG,SATUAN,HARGA SATUAN\n1.1.1,");
                w.write("A".repeat(5 << 20));
                w.write(",Buah,2500\n");
            }
            return f;
        }
        throw new AssertionError("index.csv names " + file + ", which is neither in " + CORPUS + " nor generated");
    }

    @Test
    void anUnterminatedQuoteInABigFileIsAnErrorInA128MbHeap() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path f = tmp.resolve("unterminated-big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("KODE BARANG,URAIAN BARANG,SATUAN,HARGA SATUAN\n1.1.1,\"Pensil,Buah,2500\n");
            String line = "1.1.2,Penggaris plastik 30 cm merek lokal,Buah,3000\n";
            for (int i = 0; i < 1_500_000; i++) {
                w.write(line);
            }
        }
        assertTrue(Files.size(f) > 60L << 20);
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), "id.kenda.Main", "-t", "35.15", "ssh", "import", f.toString(), "--year", "2026"));
        pb.environment().putAll(k.env());
        Run r = Processes.finish(pb, 120);
        assertEquals(ExitCode.DATA, r.exit(), r::toString);
        assertTrue(r.err().contains(":2: the record starting here runs past 1000000 characters"), r::toString);
        assertFalse(r.err().contains("OutOfMemoryError"), r::toString);
    }
}
