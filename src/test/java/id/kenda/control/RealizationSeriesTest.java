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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The series a realisation import stores (chunks of sub kegiatan) are what the control summary
 * reads; they must give exactly what the rows give. Every output of control is compared, on both
 * databases, between the series and the rows they were built from (series deleted: the path of a
 * revision imported before they were stored), and a damaged series is never read.
 */
class RealizationSeriesTest {
    static final String HEADER = "kode_skpd,nama_skpd,kode_sub_kegiatan,nama_sub_kegiatan,bulan,pagu,rak,realisasi,rencana_fisik,realisasi_fisik\n";
    static final String[] SKPD = {"1.02.0.00.0.00.01.0000", "2.16.0.00.0.00.01.0000", "5.01.0.00.0.00.01.0000"};

    @TempDir
    Path tmp;

    static final int SUBS = 1000;

    /**
     * 1,000 sub kegiatan (two or three chunks of series) under three SKPD, rows shuffled (months in no order), some months missing,
     * names given on some months only, empty rak cells, a pagu that changes mid-year, and one pagu
     * too large for a long in hundredths.
     */
    static String messyFile(long seed) {
        Random rnd = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < SUBS; i++) {
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

    static int chunks(Kenda k) {
        try (Database db = open(k)) {
            return db.dsl().fetchCount(REALIZATION_SERIES);
        }
    }

    static byte[] chunk(Kenda k, int no) {
        try (Database db = open(k)) {
            return db.dsl().select(REALIZATION_SERIES.SERIES).from(REALIZATION_SERIES).where(REALIZATION_SERIES.CHUNK_NO.eq(no))
                    .fetchOne(REALIZATION_SERIES.SERIES);
        }
    }

    static void setChunk(Kenda k, int no, byte[] series) {
        try (Database db = open(k)) {
            assertEquals(1, db.dsl().update(REALIZATION_SERIES).set(REALIZATION_SERIES.SERIES, series).where(REALIZATION_SERIES.CHUNK_NO.eq(no)).execute());
        }
    }

    /** The sub kegiatan whose series a summary of the active revision reads (0: it reads the rows). */
    static int seriesRead(Kenda k) {
        try (Database db = open(k)) {
            id.kenda.db.Revisions.Info active = new id.kenda.db.Revisions(db.dsl(), "35.15")
                    .active(id.kenda.db.Revisions.Dataset.REALIZATION, 2026, "monthly").orElseThrow();
            return ControlEngine.readSeries(db.dsl(), "35.15", active, id.kenda.core.Progress.NONE, chunk -> { }).size();
        }
    }

    /** The sub kegiatan the stored series hold, over every revision. */
    static int seriesStored(Kenda k) {
        int[] n = {0};
        try (Database db = open(k)) {
            for (byte[] chunk : db.dsl().select(REALIZATION_SERIES.SERIES).from(REALIZATION_SERIES).fetch(REALIZATION_SERIES.SERIES)) {
                SeriesCodec.decode(chunk, (sub, skpd, skpdName, name) -> {
                    n[0]++;
                    return new ControlEngine.Series(skpd, sub);
                });
            }
        }
        return n[0];
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
        assertEquals(SUBS, seriesStored(k), "every sub kegiatan has its series");
        assertTrue(chunks(k) >= 2, "the series span several chunks: " + chunks(k));

        Map<String, String> fromSeries = outputs(k);
        assertTrue(fromSeries.get("summary 2026-12 sub-kegiatan").contains("98765432109876543.21"), "the pagu beyond a long reads back exactly");
        assertTrue(fromSeries.get("summary 2026-12 sub-kegiatan").contains("Sub kegiatan 4 (perubahan)"), "the name of the latest month that gives one");

        try (Database db = open(k)) {
            byte[] chunk = db.dsl().select(REALIZATION_SERIES.SERIES).from(REALIZATION_SERIES).where(REALIZATION_SERIES.CHUNK_NO.eq(1))
                    .fetchOne(REALIZATION_SERIES.SERIES);
            assertEquals(1, db.dsl().update(REALIZATION_SERIES).set(REALIZATION_SERIES.SERIES, java.util.Arrays.copyOf(chunk, chunk.length - 3))
                    .where(REALIZATION_SERIES.CHUNK_NO.eq(1)).execute());
        }
        assertEquals(fromSeries, outputs(k), "a damaged chunk is not read: the rows are");
        Run repair = k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, repair.exit(), repair::toString);
        assertEquals("unchanged", Json.parse(repair.out()).get("status").asText(), repair::toString);
        assertEquals(SUBS, seriesStored(k), "importing the same file again stores a damaged copy anew");
        assertEquals(fromSeries, outputs(k));

        int last = chunks(k) - 1;
        assertEquals(SUBS, seriesRead(k), "whole series are read");
        byte[] flipped = chunk(k, last / 2);
        flipped[flipped.length - SeriesCodec.CHECK - 1] ^= 0x01; // the sign bit of the last figure's zigzag difference
        assertNotEquals(decodeToLines(asVersion3(chunk(k, last / 2))), decodeToLines(asVersion3(flipped)),
                "without its CRC the flipped chunk decodes, to other figures");
        setChunk(k, last / 2, flipped);
        assertEquals(0, seriesRead(k), "its CRC fails");
        assertEquals(fromSeries, outputs(k), "nor is one with a bit flipped that still decodes");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026").exit());
        assertEquals(SUBS, seriesStored(k), "stored anew");
        try (Database db = open(k)) {
            assertEquals(1, db.dsl().deleteFrom(REALIZATION_SERIES).where(REALIZATION_SERIES.CHUNK_NO.eq(last)).execute());
        }
        assertEquals(0, seriesRead(k), "the series hold fewer months than the revision's rows");
        assertEquals(fromSeries, outputs(k), "nor are the series when the last chunk is missing");
        assertEquals(0, k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026").exit());
        assertEquals(SUBS, seriesStored(k), "stored anew");

        for (int no = 0; no <= last; no++) {
            setChunk(k, no, asVersion3(chunk(k, no)));
        }
        assertEquals(SUBS, seriesRead(k), "chunks of the version before are read");
        assertEquals(fromSeries, outputs(k));
        assertEquals(0, k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026").exit());
        for (int no = 0; no <= last; no++) {
            assertEquals(SeriesCodec.VERSION, chunk(k, no)[0], "re-importing the same file writes them in the current version");
        }
        assertEquals(fromSeries, outputs(k));

        try (Database db = open(k)) {
            assertEquals(1, db.dsl().deleteFrom(REALIZATION_SERIES).where(REALIZATION_SERIES.CHUNK_NO.eq(0)).execute());
        }
        assertEquals(fromSeries, outputs(k), "nor are the series when a chunk is missing");

        try (Database db = open(k)) {
            db.dsl().deleteFrom(REALIZATION_SERIES).execute();
        }
        assertEquals(fromSeries, outputs(k), "a revision without series (imported before they were stored) gives the same from its rows");

        Run dry = k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026", "--dry-run", "-o", "json");
        assertEquals(0, dry.exit(), dry::toString);
        assertEquals(0, chunks(k), "a dry run stores nothing");
        Run again = k.run("-t", "35.15", "realization", "import", f.toString(), "--year", "2026", "-o", "json");
        assertEquals(0, again.exit(), again::toString);
        assertEquals("unchanged", Json.parse(again.out()).get("status").asText(), again::toString);
        assertEquals(SUBS, seriesStored(k), "importing the same file again stores the series its revision lacks");
        assertTrue(chunks(k) >= 2);
        assertEquals(fromSeries, outputs(k), "and they give what the rows give");
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
        assertEquals(SUBS, seriesStored(k), "a dry run stores no series");
        assertEquals(before, outputs(k));

        Path bad = tmp.resolve("realisasi-bad.csv");
        Files.writeString(bad, messyFile(2) + SKPD[0] + ",,1.02.02.2.01.0001,,2026-13,1000,10,10,1,1\n");
        assertEquals(ExitCode.DATA, k.run("-t", "35.15", "realization", "import", bad.toString(), "--year", "2026").exit());
        assertEquals(SUBS, seriesStored(k), "a refused import leaves no series behind");
        assertEquals(before, outputs(k));

        assertEquals(0, k.run("-t", "35.15", "realization", "import", next.toString(), "--year", "2026").exit());
        assertEquals(2 * SUBS, seriesStored(k), "the archived revision keeps its series");
        int chunks = chunks(k);
        assertNotEquals(before, outputs(k), "the summary reads the new active revision");

        Run plan = k.run("tenant", "remove", "35.15", "--dry-run", "-o", "json");
        assertEquals(chunks, Json.parse(plan.out()).get("rows").get("realization_series").asInt(), plan::toString);
        assertEquals(0, k.run("tenant", "remove", "35.15", "--yes").exit());
        assertEquals(0, chunks(k), "removing the tenant removes its series");
    }

    @Test
    void codecRoundTripsWhatTheColumnsHold() {
        SeriesCodec.Months a = new SeriesCodec.Months();
        BigDecimal big = new BigDecimal("99999999999999999.99");
        a.month(7, new BigDecimal("1200.005"), null, new BigDecimal("0"), new BigDecimal("12.3"), big);
        a.month(2, new BigDecimal("1200.004"), new BigDecimal("100"), new BigDecimal("50.5"), null, null);
        a.month(12, big.negate(), new BigDecimal(Long.MAX_VALUE).movePointLeft(2), new BigDecimal(Long.MIN_VALUE).movePointLeft(2), null, null);
        SeriesCodec.Months b = new SeriesCodec.Months();
        b.month(1, null, null, null, null, null);
        String longName = "Pembangunan Jalan Desa Ñgawi – ruas ".repeat(5);
        SeriesCodec.Chunk chunk = new SeriesCodec.Chunk();
        chunk.add("1.02.02.2.01.0001", "1.02.0.00.0.00.01.0000", "Dinas Kesehatan", "Pelayanan", a);
        chunk.add("1.02.02.2.01.0002", "1.02.0.00.0.00.01.0000", null, longName, b);
        byte[] bytes = chunk.toBytes();
        List<String> read = decodeToLines(bytes);
        assertEquals(List.of("1.02.02.2.01.0001 1.02.0.00.0.00.01.0000 Dinas Kesehatan Pelayanan",
                "7 0 1200.01 (long)", "7 2 0.00 (long)", "7 3 12.30 (long)", "7 4 99999999999999999.99",
                "2 0 1200.00 (long)", "2 1 100.00 (long)", "2 2 50.50 (long)",
                "12 0 -99999999999999999.99", "12 1 92233720368547758.07 (long)", "12 2 -92233720368547758.08 (long)",
                "1.02.02.2.01.0002 1.02.0.00.0.00.01.0000 null " + longName), read,
                "hundredths rounded half up, as NUMERIC(…, 2) stores them; the extremes of a long and beyond, either way from the"
                        + " month before; text of any length and script, and none; an SKPD's code written once for both");
        assertEquals(SeriesCodec.VERSION, bytes[0], "written in the current version");

        byte[] head = {2, 2, '1', 2, '2', 0, 0};
        List<byte[]> damaged = new ArrayList<>(List.of(new byte[] {}, new byte[] {1}, new byte[] {2, 0, 2, '2', 0, 0, 0},
                java.util.Arrays.copyOf(head, 3), join(head, 13), join(head, 1, 13, 1), join(head, 1, 1, 64), join(head, 1, 1, 1, 0, 0),
                join(head, 1, 1, 1, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0), join(head, 1, 1, 1, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1),
                new byte[] {2, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f}, new byte[] {2, 9, '1'}));
        byte[] head3 = {3, 3, '1', 3, '2', 0, 0};
        damaged.addAll(List.of(new byte[] {3}, join(head3, 13), join(head3, 1, 0x11, 1, 0), join(head3, 1, 13, 1, 0),
                join(head3, 1, 1, 64), join(head3, 1, 0x81, 1, 0, 0), join(head3, 1, 0x81, 1, 2, 0, 1, 1),
                join(head3, 1, 1, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02),
                join(head3, 1, 0x81, 1, 1, 0, 0), join(head3, 1, 0x81, 1, 1, 0, 9, 1), join(head3, 1, 1, 1, 0x80),
                new byte[] {3, 1, 3, '2', 0, 0, 0}, new byte[] {3, 3, '1', 1, 0, 0, 0}, new byte[] {3, 9, '1'},
                new byte[] {3, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1}));
        byte[] v3 = asVersion3(bytes);
        assertEquals(read, decodeToLines(v3), "version 3 is version 4 without its CRC");
        for (byte[] whole : new byte[][] {bytes, v3}) {
            // cut inside a text, a month or the CRC: the CRC refuses a version 4 chunk, the layout a version 3 one
            for (int cut : new int[] {1, 5, 30, 60, whole.length - 1, whole.length - 3, whole.length - longName.length()}) {
                damaged.add(java.util.Arrays.copyOf(whole, cut));
            }
        }
        for (int bit = 0; bit < bytes.length * 8; bit += 3) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << bit % 8);
            damaged.add(flipped);
        }
        damaged.addAll(List.of(new byte[] {4}, new byte[] {4, 0, 0, 0}, new SeriesCodec.Chunk().toBytes()));
        for (byte[] d : damaged) {
            try {
                SeriesCodec.decode(d, (sub, skpd, skpdName, name) -> new ControlEngine.Series(skpd, sub));
                throw new AssertionError("decoded " + java.util.Arrays.toString(d));
            } catch (IllegalArgumentException expected) {
                // every damaged form is refused
            }
        }
    }

    @Test
    void chunksOfTheEarlierLayoutAreStillRead() {
        // version 2, as imports before 2026-12-07 stored it: lengths plus one, 8-byte figures, an escape for wide ones
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(64);
        b.put((byte) 2).put(new byte[] {2, '1', 2, '2', 0, 2, 'N', 1, 3, 0b101});
        b.putLong(123456).putLong(Long.MIN_VALUE);
        byte[] wide = new java.math.BigInteger("99999999999999999999").toByteArray();
        b.put((byte) 0).put((byte) wide.length).put(wide);
        ControlEngine.Series v2 = new ControlEngine.Series("?", "?");
        List<String> names = new ArrayList<>();
        SeriesCodec.decode(java.util.Arrays.copyOf(b.array(), b.position()), (sub, skpd, skpdName, name) -> {
            names.add(sub + " " + skpd + " " + skpdName + " " + name);
            return v2;
        });
        assertEquals(List.of("1 2 null N"), names);
        assertEquals(new BigDecimal("1234.56"), v2.get(ControlEngine.Series.PAGU, 3));
        assertEquals(new BigDecimal("999999999999999999.99"), v2.get(ControlEngine.Series.REAL, 3));
        assertEquals(null, v2.get(ControlEngine.Series.RAK, 3));
        assertFalse(SeriesCodec.isCurrent(java.util.Arrays.copyOf(b.array(), b.position())), "stored again when its file is re-imported");

        // the same series written now reads back the same
        SeriesCodec.Chunk chunk = new SeriesCodec.Chunk();
        chunk.add("1", "2", null, "N", SeriesCodec.Months.of(v2));
        ControlEngine.Series v3 = new ControlEngine.Series("?", "?");
        assertTrue(SeriesCodec.isCurrent(chunk.toBytes()));
        SeriesCodec.decode(chunk.toBytes(), (sub, skpd, skpdName, name) -> v3);
        for (int f = 0; f < SeriesCodec.FIGURES; f++) {
            for (int m = 1; m <= 12; m++) {
                assertEquals(v2.get(f, m), v3.get(f, m), "figure " + f + " month " + m);
            }
        }
    }

    /** A chunk decoded to a line per sub kegiatan and per figure. */
    static List<String> decodeToLines(byte[] chunk) {
        List<String> read = new ArrayList<>();
        SeriesCodec.decode(chunk, (sub, skpd, skpdName, name) -> {
            read.add(sub + " " + skpd + " " + skpdName + " " + name);
            return new SeriesCodec.Sink() {
                @Override
                public void hundredths(int figure, int month, long hundredths) {
                    read.add(month + " " + figure + " " + BigDecimal.valueOf(hundredths, 2) + " (long)");
                }

                @Override
                public void set(int figure, int month, BigDecimal value) {
                    read.add(month + " " + figure + " " + value);
                }
            };
        });
        return read;
    }

    /** A version 4 chunk as version 3 stored it: the same bytes without the CRC. */
    static byte[] asVersion3(byte[] v4) {
        byte[] v3 = java.util.Arrays.copyOf(v4, v4.length - SeriesCodec.CHECK);
        v3[0] = SeriesCodec.VERSION_3;
        return v3;
    }

    static byte[] join(byte[] head, int... tail) {
        byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        for (int i = 0; i < tail.length; i++) {
            out[head.length + i] = (byte) tail[i];
        }
        return out;
    }
}
