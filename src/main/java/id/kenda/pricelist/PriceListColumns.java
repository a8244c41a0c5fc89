package id.kenda.pricelist;

import id.kenda.io.Column;

import java.util.List;

/** The columns of a price list: the SIPD 9-column export and its regional aliases. */
public final class PriceListColumns {
    public static final List<Column> ALL = List.of(
            Column.optional("groupCode", "KODE KELOMPOK BARANG", "KODE KELOMPOK"),
            Column.optional("groupName", "URAIAN KELOMPOK BARANG", "NAMA KELOMPOK BARANG", "KELOMPOK BARANG"),
            Column.optional("sipdId", "ID STANDAR HARGA", "ID SSH"),
            Column.optional("code", "KODE BARANG", "KODE STANDAR HARGA", "KODE SSH", "KODE KOMPONEN"),
            Column.required("name", "URAIAN BARANG", "NAMA BARANG", "URAIAN", "NAMA STANDAR HARGA", "NAMA KOMPONEN", "NAMA ITEM"),
            Column.optional("spec", "SPESIFIKASI", "SPEK", "SPESIFIKASI BARANG", "SPEK KOMPONEN"),
            Column.required("unit", "SATUAN", "SATUAN JASA", "SATUAN BARANG"),
            Column.required("price", "HARGA SATUAN", "HARGA", "HARGA SATUAN RP").amounts(),
            Column.optional("accounts", "KODE REKENING", "KODE AKUN", "REKENING", "KODE REKENING BELANJA"),
            Column.optional("kind", "KELOMPOK", "KELOMPOK STANDAR HARGA"),
            Column.optional("kindName", "JENIS STANDAR HARGA", "JENIS"),
            Column.optional("tkdn", "TKDN", "NILAI TKDN"),
            Column.optional("pdn", "PDN", "PRODUK DALAM NEGERI"));

    private PriceListColumns() {
    }
}
