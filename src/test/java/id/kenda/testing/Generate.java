package id.kenda.testing;

import java.io.BufferedWriter;
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
}
