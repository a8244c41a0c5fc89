package id.kenda.testing;

/** Budget-line files for tests: a header and one line per item at a volume and price, no PPN. */
public final class BudgetLines {
    public static final String HEADER = "kode_skpd,kode_sub_kegiatan,kode_rekening,kode_barang,nama_komponen,spesifikasi,koefisien,volume,satuan,"
            + "harga_satuan,ppn,jumlah\n";
    public static final String SKPD_A = "1.01.0.00.0.00.01.0000";
    public static final String SUB_A = "1.01.02.2.01.0001";
    public static final String SUB_B = "1.01.02.2.01.0002";

    private BudgetLines() {
    }

    /** One line: an item (code may be empty) at {@code volume} x {@code price}, no PPN, the jumlah their product. */
    public static String line(String skpd, String sub, String account, String code, String name, String koef, long volume, long price) {
        return skpd + "," + sub + "," + account + "," + code + "," + name + ",," + koef + "," + volume + ",Paket," + price + ",0," + (volume * price) + "\n";
    }
}
