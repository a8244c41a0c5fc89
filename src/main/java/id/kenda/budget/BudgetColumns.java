package id.kenda.budget;

import id.kenda.io.Column;

import java.util.List;

/** The columns of a budget-lines file (rincian belanja), with the aliases the README lists. */
public final class BudgetColumns {
    public static final List<Column> ALL = List.of(
            Column.optional("skpd", "kode_skpd"),
            Column.required("subKegiatan", "kode_sub_kegiatan"),
            Column.required("account", "kode_rekening", "kode_akun"),
            Column.optional("sipdId", "id_standar_harga"),
            Column.optional("code", "kode_barang", "kode_standar_harga"),
            Column.optional("name", "nama_komponen", "nama_standar_harga", "uraian"),
            Column.optional("spec", "spesifikasi", "spek", "spek_komponen"),
            Column.optional("koefisien", "koefisien"),
            Column.optional("volume", "volume").amounts(),
            Column.optional("unit", "satuan"),
            Column.required("price", "harga_satuan").amounts(),
            Column.optional("ppn", "ppn", "pajak", "ppn_persen").amounts(),
            Column.optional("total", "jumlah", "total_harga", "total").amounts());

    private BudgetColumns() {
    }
}
