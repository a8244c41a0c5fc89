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
            for (Object[] row : t.rows()) {
                for (Object cell : row) {
                    p.print(Cells.formulaSafe(cell));
                }
                p.println();
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An aligned table; numbers right-aligned. */
    public static void text(Table t, Writer out) {
        List<String> cols = t.columns();
        int[] width = new int[cols.size()];
        boolean[] numeric = new boolean[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            width[i] = cols.get(i).length();
            numeric[i] = !t.rows().isEmpty();
        }
        for (Object[] row : t.rows()) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], Visible.of(Cells.text(row[i])).length());
                if (row[i] != null && !(row[i] instanceof Number)) {
                    numeric[i] = false;
                }
            }
        }
        try {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < cols.size(); i++) {
                pad(sb, cols.get(i).toUpperCase(java.util.Locale.ROOT), width[i], numeric[i], i == cols.size() - 1);
            }
            out.write(sb.toString().stripTrailing());
            out.write('\n');
            for (Object[] row : t.rows()) {
                sb.setLength(0);
                for (int i = 0; i < row.length; i++) {
                    pad(sb, Visible.of(Cells.text(row[i]).replace('\n', ' ')), width[i], numeric[i], i == row.length - 1);
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
