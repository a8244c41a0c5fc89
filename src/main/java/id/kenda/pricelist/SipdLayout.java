package id.kenda.pricelist;

import id.kenda.report.Col;
import id.kenda.report.ColumnType;
import id.kenda.report.Labels;
import id.kenda.report.Report;
import id.kenda.report.Rows;
import id.kenda.report.Table;

import java.util.List;
import java.util.Locale;

/**
 * The SIPD price-list export layout that kenda writes and reads back: the nine SIPD columns plus
 * KELOMPOK (the kind), headed exactly as SIPD heads them in every language. Codes are text, the
 * price a number; an empty specification is written "-" as SIPD does.
 */
public final class SipdLayout {
    private SipdLayout() {
    }

    public static final List<Col> COLUMNS = List.of(Col.verbatim("KODE KELOMPOK BARANG", ColumnType.CODE),
            Col.verbatim("URAIAN KELOMPOK BARANG", ColumnType.TEXT), Col.verbatim("ID STANDAR HARGA", ColumnType.COUNT),
            Col.verbatim("KODE BARANG", ColumnType.CODE), Col.verbatim("URAIAN BARANG", ColumnType.TEXT), Col.verbatim("SPESIFIKASI", ColumnType.TEXT),
            Col.verbatim("SATUAN", ColumnType.TEXT), Col.verbatim("HARGA SATUAN", ColumnType.MONEY), Col.verbatim("KODE REKENING", ColumnType.CODE),
            Col.verbatim("KELOMPOK", ColumnType.CODE));

    public static Object[] row(PriceLists.Item i) {
        return new Object[]{i.groupCode(), i.groupName(), i.sipdId(), i.code(), i.name(), i.spec().isEmpty() ? "-" : i.spec(), i.unit(), i.price(),
            i.accounts(), i.kind()};
    }

    /** The workbook: one sheet per kind (SSH, HSPK, ASB, SBU), each starting at its header row. */
    public static Report workbook(PriceLists lists, int year, String kind, String tenant) {
        Labels l = Labels.of(Labels.Lang.id);
        Report r = new Report(l, "SSH " + tenant + " " + year).asData();
        for (String k : lists.kinds(year, kind)) {
            String sheet = k.toUpperCase(Locale.ROOT);
            r.section(new Report.TableSection(k, sheet, sheet, Table.streamed(COLUMNS, Rows.map(lists.items(year, k), SipdLayout::row)),
                    false, false, false));
        }
        return r;
    }
}
