package id.kenda.budget;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.io.AmountException;
import id.kenda.io.Column;
import id.kenda.io.ReadOptions;
import id.kenda.io.Row;
import id.kenda.io.TableReader;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ceilings of {@code budget validate --pagu}: a CSV or XLSX of {@code kode_sub_kegiatan,pagu}. */
public final class PaguFile {
    static final List<Column> COLUMNS = List.of(Column.required("subKegiatan", "kode_sub_kegiatan"), Column.required("pagu", "pagu").amounts());

    private PaguFile() {
    }

    /** Sub kegiatan to pagu; a negative, unreadable or repeated one is a data error (65) naming its line. */
    public static Map<String, BigDecimal> read(Path f, ReadOptions options) {
        Map<String, BigDecimal> out = new HashMap<>();
        try (TableReader r = TableReader.open(f, options, COLUMNS)) {
            for (Row row : r) {
                String sub = row.get("subKegiatan");
                try {
                    BigDecimal p = row.amount("pagu");
                    if (sub == null || p.signum() < 0) {
                        throw new AmountException("is negative or has no sub kegiatan");
                    }
                    if (out.put(sub, p) != null) {
                        throw new KendaException(ExitCode.DATA, f + ":" + row.line() + ": sub kegiatan " + sub + " is listed twice", "keep one pagu per sub kegiatan");
                    }
                } catch (AmountException e) {
                    throw new KendaException(ExitCode.DATA, f + ":" + row.line() + ":" + row.column("pagu") + ": pagu " + e.getMessage(),
                            "each row needs kode_sub_kegiatan and a pagu amount");
                }
            }
        }
        return out;
    }
}
