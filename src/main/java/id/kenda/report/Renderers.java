package id.kenda.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.kenda.domain.Visible;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Text tables, CSV and JSON: the one place results are turned into characters. */
public final class Renderers {
    private Renderers() {
    }

    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .build();
    }

    /**
     * A JSON object whose fields come in the order given ({@code Map.of} iterates in an order
     * that changes from one run to the next, which would make the output unstable).
     */
    public static java.util.Map<String, Object> fields(Object... keysAndValues) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    public static ObjectMapper json() {
        return Json.MAPPER;
    }

    public static void json(Object value, Writer out) {
        try {
            Json.MAPPER.writeValue(out, value);
            out.write(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void csv(Table t, Writer out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            p.printRecord(t.columns());
            List<Col> cols = t.cols();
            for (Object[] row : t.rows()) {
                for (int i = 0; i < row.length; i++) {
                    p.print(Cells.formulaSafe(Cells.value(cols.get(i), row[i])));
                }
                p.println();
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CSV written row by row as rows arrive (a push source such as a database cursor), formula-safe. */
    public static final class CsvRows {
        private final CSVPrinter p;
        private final List<Col> cols;

        private CsvRows(CSVPrinter p, List<Col> cols) {
            this.p = p;
            this.cols = cols;
        }

        public void row(Object[] row) {
            try {
                for (int i = 0; i < row.length; i++) {
                    p.print(row[i] == null ? null : Cells.formulaSafe(Cells.value(cols.get(i), row[i])));
                }
                p.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                p.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts a CSV with the header of {@code cols}. */
    public static CsvRows csvRows(List<Col> cols, Writer out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            p.printRecord(cols.stream().map(Col::id).toList());
            return new CsvRows(p, cols);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Colours a padded text cell (bands, flags) when the terminal takes colour. */
    @FunctionalInterface
    public interface Styler {
        Styler NONE = (col, raw, padded) -> padded;

        String style(Col col, Object raw, String padded);
    }

    /** An aligned table; numbers right-aligned. */
    public static void text(Table t, Writer out) {
        text(t, out, Styler.NONE);
    }

    /** An aligned table; numbers right-aligned; {@code styler} may colour cells after padding. */
    public static void text(Table t, Writer out, Styler styler) {
        List<Col> cols = t.cols();
        int[] width = new int[cols.size()];
        boolean[] numeric = new boolean[cols.size()];
        boolean empty = t.isEmpty();
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).id().length();
            numeric[i] = cols.get(i).type() == null ? !empty : cols.get(i).type().numeric();
        }
        for (Object[] row : t.rows()) {
            for (int i = 0; i < row.length; i++) {
                Object v = Cells.value(cols.get(i), row[i]);
                width[i] = Math.max(width[i], Visible.of(Cells.text(v)).length());
                if (cols.get(i).type() == null && v != null && !(v instanceof Number)) {
                    numeric[i] = false;
                }
            }
        }
        try {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                pad(sb, cols.get(i).id().toUpperCase(java.util.Locale.ROOT), width[i], numeric[i], i == cols.size() - 1);
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
            for (Object[] row : t.rows()) {
                sb.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    Object v = Cells.value(cols.get(i), row[i]);
                    StringBuilder cell = new StringBuilder();
                    pad(cell, Visible.of(Cells.text(v).replace('\n', ' ')), width[i], numeric[i], i == row.length - 1);
                    String c = cell.toString();
                    if (styler != Styler.NONE && v != null && !Cells.text(v).isEmpty()) {
                        String body = c.stripTrailing();
                        c = styler.style(cols.get(i), row[i], body) + c.substring(body.length());
                    }
                    sb.append(c);
                }
                out.write(sb.toString().stripTrailing());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pad(StringBuilder sb, String s, int w, boolean right, boolean last) {
        if (right) {
            sb.append(" ".repeat(w - s.length())).append(s);
        } else {
            sb.append(s);
            if (!last) {
                sb.append(" ".repeat(w - s.length()));
            }
        }
        if (!last) {
            sb.append("  ");
        }
    }
}
