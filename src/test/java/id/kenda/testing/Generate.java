package id.kenda.testing;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Deterministic large inputs for tests that need volume (kills, bounded memory). */
public final class Generate {
    private Generate() {
    }

    /** A SIPD-style price list of {@code n} items with quoted specs and multi-account cells. */
    public static Path priceList(Path file, int n, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("KODE KELOMPOK BARANG,URAIAN KELOMPOK BARANG,ID STANDAR HARGA,KODE BARANG,URAIAN BARANG,SPESIFIKASI,SATUAN,HARGA SATUAN,KODE REKENING\n");
            for (int i = 1; i <= n; i++) {
                int group = i / 1000;
                w.write("1.1.7.01.01." + String.format("%02d", group % 100) + ".001,Kelompok " + group + "," + (40_000_000 + i) + ",1.1.7.01.01."
                        + String.format("%02d", group % 100) + ".001." + String.format("%07d", i) + ",Barang nomor " + i
                        + ",\"Spesifikasi " + (i % 97) + ", ukuran " + (1 + r.nextInt(50)) + "\"\" x " + (1 + r.nextInt(9)) + "\",Buah,"
                        + (1000 + r.nextInt(2_000_000)) + ",\"5.1.02.01.01.0024,5.1.02.01.01.0025\"\n");
            }
        }
        return file;
    }

    /**
     * A budget of {@code n} lines over the first {@code items} items of {@link #priceList}, 20 lines per
     * sub kegiatan, with about 3 % of lines marked up above the SSH price.
     */
    public static Path budget(Path file, int n, int items, long seed) throws IOException {
        Random r = new Random(seed);
        Random prices = new Random(7);
        int[] price = new int[items + 1];
        for (int i = 1; i <= items; i++) {
            prices.nextInt(50);
            prices.nextInt(9);
            price[i] = 1000 + prices.nextInt(2_000_000);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kode_skpd,kode_sub_kegiatan,kode_rekening,id_standar_harga,kode_barang,nama_komponen,spesifikasi,koefisien,volume,satuan,harga_satuan,ppn,jumlah\n");
            for (int i = 0; i < n; i++) {
                int sub = i / 20;
                int item = 1 + r.nextInt(items);
                int group = item / 1000;
                int qty = 1 + r.nextInt(20);
                long p = r.nextInt(100) < 3 ? price[item] + 500 : price[item];
                long total = java.math.BigDecimal.valueOf(qty * p).multiply(new java.math.BigDecimal("1.11"))
                        .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
                w.write("1.02.0.00.0.00.01.0000," + (1 + sub / 100_000) + "." + String.format("%02d", sub / 1000 % 100) + ".02.2.02." + String.format("%04d", sub % 1000)
                        + ",5.1.02.01.01.0024," + (40_000_000 + item) + ",1.1.7.01.01." + String.format("%02d", group % 100) + ".001." + String.format("%07d", item)
                        + ",Barang nomor " + item + ",," + qty + " Buah," + qty + ",Buah," + p + ",11," + total + "\n");
            }
        }
        return file;
    }

    /**
     * A realisation file: {@code subs} sub kegiatan over 50 SKPD, 12 months, pagu in the file; each
     * month's rak a different share of the pagu (the twelve together at most the pagu) and its
     * realisasi a different share of the rak, as real cash plans and spending vary month to month.
     */
    public static Path realization(Path file, int subs, long seed) throws IOException {
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("kode_skpd,kode_sub_kegiatan,bulan,pagu,rak,realisasi,rencana_fisik,realisasi_fisik\n");
            for (int s = 0; s < subs; s++) {
                int skpd = s % 50;
                String skpdCode = "1." + String.format("%02d", skpd) + ".0.00.0.00.01.0000";
                String sub = "1." + String.format("%02d", skpd) + "." + String.format("%02d", s / 50 % 100) + ".2.01." + String.format("%04d", s / 5000);
                long pagu = 10_000_000L + r.nextInt(90_000_000);
                double pace = 0.5 + r.nextDouble() * 0.6;
                double plannedPhys = 0;
                double realPhys = 0;
                for (int m = 1; m <= 12; m++) {
                    long rak = Math.round(pagu / 12.0 * (0.8 + 0.2 * r.nextDouble()));
                    long real = Math.min(rak, Math.round(rak * pace * (0.9 + 0.2 * r.nextDouble())));
                    plannedPhys = Math.min(100, plannedPhys + 100.0 / 12);
                    realPhys = Math.min(100, realPhys + 100.0 / 12 * pace);
                    w.write(skpdCode + "," + sub + "," + m + "," + pagu + "," + rak + "," + real + ","
                            + BigDecimal.valueOf(plannedPhys).setScale(2, java.math.RoundingMode.HALF_UP) + ","
                            + BigDecimal.valueOf(realPhys).setScale(2, java.math.RoundingMode.HALF_UP) + "\n");
                }
            }
        }
        return file;
    }
}
