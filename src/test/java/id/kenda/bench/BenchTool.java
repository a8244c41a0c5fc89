package id.kenda.bench;

import id.kenda.testing.Generate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The helpers scripts/bench runs: deterministic data generators and the baselines kenda is
 * measured against. {@code gen-ssh FILE N}, {@code gen-budget FILE N ITEMS}, {@code gen-realization FILE SUBS},
 * {@code bare-validate SSH_FILE BUDGET_FILE} (Commons CSV parse + HashMap lookup: the floor for this design),
 * {@code pg} (start an embedded PostgreSQL, print its port, run until stdin closes).
 */
public final class BenchTool {
    private BenchTool() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "gen-ssh" -> Generate.priceList(Path.of(args[1]), Integer.parseInt(args[2]), 7);
            case "gen-budget" -> Generate.budget(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), 11);
            case "gen-realization" -> realization(Path.of(args[1]), Integer.parseInt(args[2]));
            case "gen-rak" -> rak(Path.of(args[1]), Integer.parseInt(args[2]));
            case "bare-validate" -> bareValidate(Path.of(args[1]), Path.of(args[2]));
            case "pg" -> pg();
            default -> throw new IllegalArgumentException("unknown bench tool " + args[0]);
        }
    }

    /** A RAK in SIPD-RI's layout: ROWS rows over 50 SKPD, 10,000 sub kegiatan, months 1..12 and their total. */
    static void rak(Path file, int rows) throws Exception {
        Random r = new Random(9);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kode_skpd,kode_sub_kegiatan,kode_akun,nama_akun,1,2,3,4,5,6,7,8,9,10,11,12,nilai,is_valid_skpd,is_valid_sekda,is_valid_bud\n");
            for (int i = 0; i < rows; i++) {
                int s = i % 10_000;
                int skpd = s % 50;
                String skpdCode = "1." + String.format("%02d", skpd) + ".0.00.0.00.01.0000";
                String sub = "1." + String.format("%02d", skpd) + "." + String.format("%02d", s / 50 % 100) + ".2.01." + String.format("%04d", s / 5000);
                StringBuilder line = new StringBuilder(skpdCode + "," + sub + ",5.1.02.01.01." + String.format("%04d", i / 10_000 + 1) + ",Belanja barang");
                long total = 0;
                for (int m = 1; m <= 12; m++) {
                    long v = 100_000L * (1 + r.nextInt(20));
                    total += v;
                    line.append(',').append(v);
                }
                w.write(line + "," + total + ",1,1," + (i % 100 == 0 ? 0 : 1) + "\n");
            }
        }
    }

    /** A realisation file: SUBS sub kegiatan over 50 SKPD, 12 months, pagu in the file. */
    static void realization(Path file, int subs) throws Exception {
        Generate.realization(file, subs, 5);
    }

    /** The floor: parse the budget with Commons CSV and look each line's item up in a HashMap of prices. */
    static void bareValidate(Path ssh, Path budget) throws Exception {
        Map<String, BigDecimal> prices = new HashMap<>();
        try (Reader in = Files.newBufferedReader(ssh, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord rec : p) {
                prices.put(rec.get(3), new BigDecimal(rec.get(7)));
            }
        }
        long lines = 0;
        long above = 0;
        long missing = 0;
        try (Reader in = Files.newBufferedReader(budget, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (CSVRecord rec : p) {
                lines++;
                BigDecimal price = prices.get(rec.get(4));
                if (price == null) {
                    missing++;
                } else if (new BigDecimal(rec.get(10)).compareTo(price) > 0) {
                    above++;
                }
            }
        }
        System.out.println(lines + " lines, " + above + " above, " + missing + " missing");
    }

    static void pg() throws Exception {
        Path dir = Files.createTempDirectory("kenda-bench-pg");
        var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(dir.toFile()).setCleanDataDirectory(true).start();
        System.out.println(server.getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            Thread.onSpinWait();
        }
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
