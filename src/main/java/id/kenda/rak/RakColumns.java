package id.kenda.rak;

import id.kenda.domain.Months;
import id.kenda.io.Column;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The columns of a RAK file, with the namings SIPD-RI and its mirrors use: months as {@code 1}..
 * {@code 12}, {@code bulan_1}..{@code bulan_12} or {@code januari}..{@code desember} ({@code jan}..
 * {@code des}); a file naming one month twice (both {@code 1} and {@code januari}) is ambiguous.
 */
public final class RakColumns {
    public static final List<Column> ALL = columns();

    private RakColumns() {
    }

    /** The key of month {@code m} (1-12). */
    public static String month(int m) {
        return "m" + m;
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        c.add(Column.required("skpd", "kode_skpd", "kode_sub_skpd"));
        c.add(Column.required("subKegiatan", "kode_sub_kegiatan", "kode_sub_giat"));
        c.add(Column.required("account", "kode_akun", "kode_rekening"));
        String[] shortNames = {"jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des"};
        for (int m = 1; m <= 12; m++) {
            List<String> names = new ArrayList<>(List.of(String.valueOf(m), "bulan_" + m, Months.NAMES.get(m - 1)));
            if (!names.contains(shortNames[m - 1])) {
                names.add(shortNames[m - 1]);
            }
            if (m == 8) {
                names.add("agt");
                names.add("ags");
            }
            c.add(Column.required(month(m), names.toArray(String[]::new)).amounts());
        }
        c.add(Column.optional("total", "nilai", "total_akb", "jumlah", "total").amounts());
        c.add(Column.optional("skpdName", "nama_skpd", "nama_sub_skpd"));
        c.add(Column.optional("subKegiatanName", "nama_sub_giat", "nama_sub_kegiatan"));
        c.add(Column.optional("accountName", "nama_akun", "nama_rekening"));
        c.add(Column.optional("validSkpd", "is_valid_skpd"));
        c.add(Column.optional("validSekda", "is_valid_sekda"));
        c.add(Column.optional("validBud", "is_valid_bud"));
        return Collections.unmodifiableList(c);
    }
}
