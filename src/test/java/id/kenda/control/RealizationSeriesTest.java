package id.kenda.control;

import id.kenda.core.ExitCode;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.testing.Backend;
import id.kenda.testing.Json;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static id.kenda.db.schema.Tables.REALIZATION_SERIES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The series a realisation import stores (one row per sub kegiatan) are what the control summary
 * reads; they must give exactly what the rows give. Every output of control is compared, on both
 * databases, between the series and the rows they were built from (series deleted: the path of a
 * revision imported before they were stored), and a damaged series is never read.
 */
class RealizationSeriesTest {
    static final String HEADER = "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,bulan,pagu,rak,realisasi,rencana_fisik,realisasi_fisik\n";
    static final String[] SKPD = {"1.02.0.00.0.00.01.0000", "2.16.0.00.0.00.01.0000", "5.01.0.00.0.00.01.0000"};

    @TempDir
    Path tmp;

    /**
     * 40 sub kegiatan under three SKPD, rows shuffled (months in no order), some months missing,
     * names given on some months only, empty rak cells, a pagu that changes mid-year, and one pagu
     * too large for a long in hundredths.
     */
    static String messyFile(long seed) {
        Random rnd = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String skpd = SKPD[i % SKPD.length];
            String sub = String.format("1.02.02.2.%02d.%04d", 1 + i % 7, 1 + i);
            boolean huge = i == 7;
            long pagu = huge ? 0 : 1_000_000L + rnd.nextInt(50_000_000);
            int planned = 0;
            int realPhys = 0;
            int months = 3 + rnd.nextInt(10);
            for (int m = 1; m <= months; m++) {
                if (m > 1 && rnd.nextInt(6) == 0) {
                    continue; // a month not reported
                }
                planned = Math.min(100, planned + rnd.nextInt(15));
                realPhys = Math.min(99, realPhys + rnd.nextInt(15));
                String paguText = huge ? "98765432109876543.21" : i == 3 && m >= 7 ? Long.toString(pagu + 250_000) : Long.toString(pagu);
                long monthly = (huge ? 900_000_000_000L : pagu) / 14;
                String rak = rnd.nextInt(9) == 0 ? "" : monthly + "." + String.format("%02d", rnd.nextInt(100));
                String real = (monthly * (50 + rnd.nextInt(60)) / 100) + "." + String.format("%02d", rnd.nextInt(100));
                String skpdName = rnd.nextInt(3) == 0 ? "" : "Dinas " + skpd.substring(0, 4);
                String name = rnd.nextInt(2) == 0 ? "" : "Sub kegiatan " + (i + 1) + (m > 6 ? " (perubahan)" : "");
                rows.add(String.join(",", skpd, skpdName, sub, name, "2026-" + String.format("%02d", m), paguText, rak, real,
                        Integer.toString(planned), realPhys + ".5"));
            }
        }
        Collections.shuffle(rows, rnd);
        return HEADER + String.join("\n", rows) + "\n";
    }

    /** Every control output a script reads, by what produced it. */
    static Map<String, String> outputs(Kenda k) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String period : new String[] {"2026-03", "2026-06", "2026-12"}) {
            for (String level : new String[] {"region", "skpd", "program", "kegiatan", "sub-kegiatan"}) {
                Run r = k.run("-t", "35.15", "control", "summary", "--period", period, "--level", level, "--sort", "deviation", "-o", "json");
                assertEquals(0, r.exit(), r::toString);
                out.put("summary " + period + " " + level, r.out());
            }
            Run c = k.run("-t", "35.15", "control", "critical", "--period", period, "-o", "json");
            assertEquals(0, c.exit(), c::toString);
            out.put("critical " + period, c.out());
        }
        return out;
    }

    static Database open(Kenda k) {
        Settings s = new Settings(k.home(), k.env().get("KENDA_DB_URL"), null, Duration.ZERO, k.env(), "test");
        return Database.open(s, Database.Access.WRITE, Database.Schema.REQUIRE_CURRENT, m -> { });
    }

    static int seriesRows(Kenda k) {
        try (Database db = open(k)) {
            return db.dsl().fetchCount(REALIZATION_SERIES);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theStoredSeriesGiveWhatTheRowsGiveAndADamagedOneIsNeverRead(Backend backend) throws Exception {
        Kenda k = new Kenda(backend, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path f = tmp.resolve("realisasi.csv");
        Files.writeString(f, messyFile(20261203));
        Run imported = k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, imported.exit(), imported::toString);
        assertEquals(40, seriesRows(k), "one series row per sub kegiatan");

        Map<String, String> fromSeries = outputs(k);
        assertTrue(fromSeries.get("summary 2026-12 sub-kegiatan").contains("98765432109876543.21"), "the pagu beyond a long reads back exactly");
        assertTrue(fromSeries.get("summary 2026-12 sub-kegiatan").contains("Sub kegiatan 4 (perubahan)"), "the name of the latest month that gives one");

        try (Database db = open(k)) {
            assertEquals(1, db.dsl().update(REALIZATION_SERIES).set(REALIZATION_SERIES.MONTHS, new byte[] {1, 3, 1})
                    .where(REALIZATION_SERIES.SUB_KEGIATAN.eq("1.02.02.2.05.0005")).execute());
        }
        assertEquals(fromSeries, outputs(k), "a damaged series is not read: the rows are");

        try (Database db = open(k)) {
            db.dsl().deleteFrom(REALIZATION_SERIES).execute();
        }
        assertEquals(fromSeries, outputs(k), "a revision without series (imported before they were stored) gives the same from its rows");
    }

    @Test
    void seriesGoWithTheirRevision() throws Exception {
        Kenda k = new Kenda(Backend.H2, tmp);
        assertEquals(0, k.run("tenant", "provision", "35.15", "--name", "Sidoarjo").exit());
        Path f = tmp.resolve("realisasi.csv");
        Files.writeString(f, messyFile(1));
        assertEquals(0, k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026").exit());
        Map<String, String> before = outputs(k);

        Path next = tmp.resolve("realisasi-2.csv");
        Files.writeString(next, messyFile(2));
        assertEquals(0, k.run("-t", "35.15", "realization", "import", next.toString(), "--year", "2026", "--dry-run").exit());
        assertEquals(40, seriesRows(k), "a dry run stores no series");
        assertEquals(before, outputs(k));

        Path bad = tmp.resolve("realisasi-bad.csv");
        Files.writeString(bad, messyFile(2) + SKPD[0] + ",,1.02.02.2.01.0001,,2026-13,1000,10,10,1,1\n");
        assertEquals(ExitCode.DATA, k.run("-t", "35.15", "realization", "import", bad.toString(), "--year", "2026").exit());
        assertEquals(40, seriesRows(k), "a refused import leaves no series behind");
        assertEquals(before, outputs(k));

        assertEquals(0, k.run("-t", "35.15", "realization", "import", next.toString(), "--year", "2026").exit());
        assertEquals(80, seriesRows(k), "the archived revision keeps its series");
        assertNotEquals(before, outputs(k), "the summary reads the new active revision");

        Run plan = k.run("tenant", "remove", "35.15", "--dry-run", "-o", "json");
        assertEquals(80, Json.parse(plan.out()).get("rows").get("realization_series").asInt(), plan::toString);
        assertEquals(0, k.run("tenant", "remove", "35.15", "--yes").exit());
        assertEquals(0, seriesRows(k), "removing the tenant removes its series");
    }

    @Test
    void codecRoundTripsWhatTheColumnsHold() {
        SeriesCodec.Builder b = new SeriesCodec.Builder();
        BigDecimal big = new BigDecimal("99999999999999999.99");
        b.month(7, new BigDecimal("1200.005"), null, new BigDecimal("0"), new BigDecimal("12.3"), big);
        b.month(2, new BigDecimal("1200.004"), new BigDecimal("100"), new BigDecimal("50.5"), null, null);
        b.month(12, big.negate(), new BigDecimal(Long.MAX_VALUE).movePointLeft(2), new BigDecimal(Long.MIN_VALUE).movePointLeft(2), null, null);
        List<String> read = new ArrayList<>();
        SeriesCodec.decode(b.toBytes(), (m, f) -> read.add(m + " " + java.util.Arrays.toString(f)));
        assertEquals(List.of(
                "7 [1200.01, null, 0.00, 12.30, 99999999999999999.99]",
                "2 [1200.00, 100.00, 50.50, null, null]",
                "12 [-99999999999999999.99, 92233720368547758.07, -92233720368547758.08, null, null]"), read,
                "hundredths rounded half up, as NUMERIC(…, 2) stores them; Long.MIN_VALUE itself takes the long form's escape");
        for (byte[] damaged : new byte[][] {{}, {2}, {1, 13, 1}, {1, 1, 64}, {1, 1, 1, 0, 0}, java.util.Arrays.copyOf(b.toBytes(), 30)}) {
            try {
                SeriesCodec.decode(damaged, (m, f) -> { });
                throw new AssertionError("decoded " + java.util.Arrays.toString(damaged));
            } catch (IllegalArgumentException expected) {
                // every damaged form is refused
            }
        }
    }
}
