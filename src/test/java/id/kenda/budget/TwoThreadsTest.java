package id.kenda.budget;

import id.kenda.testing.Backend;
import id.kenda.testing.Generate;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A validation reads the file on a second thread while it checks; its result must not depend on
 * that: the same file validated on one thread ({@code -Dkenda.threads=1}) and on two gives the
 * same JSON byte for byte, findings, totals and all, and the same failure on a bad line.
 */
class TwoThreadsTest {
    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        System.clearProperty("kenda.threads");
    }

    @Test
    void oneThreadAndTwoGiveTheSameReport() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp.resolve("home"));
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path ssh = Generate.priceList(tmp.resolve("ssh.csv"), 3_000, 5);
        assertEquals(0, k.run("-t", "35.15", "ssh", "import", ssh.toString(), "--year", "2026").exit());
        Path budget = Generate.budget(tmp.resolve("budget.csv"), 30_000, 3_000, 11);
        // messy lines among the generated ones, and repeats far apart: every kind of finding, in file order
        Files.writeString(budget, String.join("\n",
                "1.02.0.00.0.00.01.0000,1.00.02.2.02.0001,5.1.02.01.01.0024,40000001,1.1.7.01.01.00.001.0000001,Barang nomor 1,,2 Buah x 3,6,Buah,abc,11,10",
                "1.02.0.00.0.00.01.0000,bad code,5.1.02.01.01.0024,40000002,,Barang nomor 2,,1 Buah,1,Buah,1000,11,1110",
                "1.02.0.00.0.00.01.0000,1.00.02.2.02.0002,5.1.02.01.01.0024,,,Tidak ada di SSH,,1 Buah,1,Buah,1000,11,1110",
                Files.readAllLines(budget).get(5), Files.readAllLines(budget).get(20_000), "") , StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        String[] args = {"-t", "35.15", "budget", "validate", budget.toString(), "-o", "json", "--max-findings", "0", "--fail-on", "never"};
        System.setProperty("kenda.threads", "1");
        Run one = k.run(args);
        System.setProperty("kenda.threads", "2");
        Run two = k.run(args);
        assertEquals(0, one.exit(), one::toString);
        assertTrue(one.out().contains("\"duplicate-line\""), "the repeats are found");
        assertTrue(one.out().length() > 100_000, "a report with many findings");
        assertEquals(one.out(), two.out());

        // a ragged line late in the file: the same exit code and message, nothing else read
        Files.writeString(budget, "1,2,3\n", StandardOpenOption.APPEND);
        System.setProperty("kenda.threads", "1");
        Run badOne = k.run(args);
        System.setProperty("kenda.threads", "2");
        Run badTwo = k.run(args);
        assertEquals(65, badOne.exit(), badOne::toString);
        assertEquals(badOne.exit(), badTwo.exit());
        assertEquals(badOne.err(), badTwo.err());
        assertEquals(badOne.out(), badTwo.out());
    }
}
