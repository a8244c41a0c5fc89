package id.kenda.budget;

import id.kenda.io.Column;

import java.util.List;

/**
 * The columns of a budget-lines file (rincian belanja), with the aliases the README lists. A
 * DPA-P / RKA-P file of a changed budget carries both sides: its {@code setelah_*} columns are the
 * line itself, {@code sebelum_jumlah} and {@code bertambah_berkurang} are checked against it and
 * against the stored earlier stage.
 */
public final class BudgetColumns {
    public static final List<Column> ALL = List.of(
            Column.optional("skpd", "kode_skpd"),
            Column.required("subKegiatan", "kode_sub_kegiatan"),
            Column.required("account", "kode_rekening", "kode_akun"),
            Column.optional("sipdId", "id_standar_harga"),
            Column.optional("code", "kode_barang", "kode_standar_harga"),
            Column.optional("name", "nama_komponen", "nama_standar_harga", "uraian"),
            Column.optional("spec", "spesifikasi", "spek", "spek_komponen"),
            Column.optional("koefisien", "koefisien", "setelah_koefisien"),
            Column.optional("volume", "volume", "setelah_volume").amounts(),
            Column.optional("unit", "satuan", "setelah_satuan"),
            Column.required("price", "harga_satuan", "setelah_harga_satuan").amounts(),
            Column.optional("ppn", "ppn", "pajak", "ppn_persen", "setelah_pajak", "setelah_ppn").amounts(),
            Column.optional("total", "jumlah", "total_harga", "total", "nilai", "setelah_jumlah", "setelah_nilai").amounts(),
            Column.optional("before", "sebelum_jumlah", "sebelum_nilai").amounts(),
            Column.optional("change", "bertambah_berkurang").amounts());

    private BudgetColumns() {
    }
}
