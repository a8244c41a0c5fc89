package id.kenda.report;

import id.kenda.core.AtomicFiles;
import id.kenda.core.KendaException;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** A report written to a file, its format chosen by the extension; written aside and renamed. */
public final class ReportFile {
    /** The formats a report file can have. */
    public enum Format { json, csv, html, xlsx }

    private ReportFile() {
    }

    /** The format for a path, refused (64) before any work when the extension is not known. */
    public static Format formatOf(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".json")) {
            return Format.json;
        }
        if (n.endsWith(".csv")) {
            return Format.csv;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Format.html;
        }
        if (n.endsWith(".xlsx")) {
            return Format.xlsx;
        }
        if (n.endsWith(".xls") || n.endsWith(".xlsm") || n.endsWith(".ods")) {
            throw KendaException.usage("cannot write " + file + ": workbooks are written as .xlsx only", "name it .xlsx (Excel and LibreOffice open it)");
        }
        throw KendaException.usage("cannot tell the report format of " + file, "name it .json, .csv, .html or .xlsx");
    }

    /** Text content (JSON, CSV, HTML), UTF-8, produced into a writer. */
    public interface TextProducer {
        void write(Writer w) throws java.io.IOException;
    }

    /** Streams text into the file (UTF-8): nothing of the report is held as one string. */
    public static void writeText(Path file, TextProducer producer) {
        AtomicFiles.writeStream(file, false, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            producer.write(w);
            w.flush();
        });
    }

    /** Writes a report in a file format for people: HTML or XLSX. */
    public static void writeReport(Path file, Format f, Report r) {
        switch (f) {
            case html -> writeText(file, w -> HtmlReport.write(r, w));
            case xlsx -> AtomicFiles.writeStream(file, false, (OutputStream out) -> XlsxReport.write(r, out));
            default -> throw new IllegalArgumentException(f + " is written from the result itself");
        }
    }

    /**
     * Writes a command's report in the format its name asks for: {@code json} the result as
     * data, {@code csv} its table, {@code html} and {@code xlsx} the report for people (built only
     * then, since it may walk a streamed table).
     */
    public static void write(Path file, Format f, Object json, Table csv, java.util.function.Supplier<Report> report) {
        switch (f) {
            case json -> writeText(file, w -> Renderers.json(json, w));
            case csv -> writeText(file, w -> Renderers.csv(csv, w));
            default -> writeReport(file, f, report.get());
        }
    }
}
