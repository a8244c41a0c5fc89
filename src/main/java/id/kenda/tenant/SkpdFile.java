package id.kenda.tenant;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.domain.SkpdCode;
import id.kenda.io.Column;
import id.kenda.io.ReadOptions;
import id.kenda.io.Row;
import id.kenda.io.TableReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The agency list of {@code tenant provision --skpd}: a CSV or XLSX of {@code kode_skpd,nama_skpd}. */
public final class SkpdFile {
    static final List<Column> COLUMNS = List.of(
            Column.required("code", "kode_skpd", "kode skpd", "kode"),
            Column.required("name", "nama_skpd", "nama skpd", "nama", "uraian"));

    private SkpdFile() {
    }

    /** The agencies in file order; a malformed or repeated code, or an empty name, is a data error (65) naming its line. */
    public static List<TenantSpec.Skpd> read(Path file) {
        List<TenantSpec.Skpd> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (TableReader r = TableReader.open(file, ReadOptions.AUTO, COLUMNS)) {
            for (Row row : r.readAllSmall(100_000)) {
                String c = row.get("code");
                String n = row.get("name");
                if (c == null || !SkpdCode.isValid(c)) {
                    throw new KendaException(ExitCode.DATA, file + ":" + row.line() + ":" + row.column("code") + ": '" + (c == null ? "" : c)
                            + "' is not an SKPD code of 8 numeric segments", "e.g. 1.02.0.00.0.00.01.0000 (Dinas Kesehatan)");
                }
                if (n == null) {
                    throw new KendaException(ExitCode.DATA, file + ":" + row.line() + ":" + row.column("name") + ": the SKPD name is empty", "fill in nama_skpd");
                }
                if (!seen.add(c)) {
                    throw new KendaException(ExitCode.DATA, file + ":" + row.line() + ": SKPD " + c + " is listed twice", "keep one row per SKPD");
                }
                out.add(new TenantSpec.Skpd(c, n));
            }
        }
        return out;
    }
}
