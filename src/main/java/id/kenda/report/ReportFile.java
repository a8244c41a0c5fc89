package id.kenda.report;

import id.kenda.core.AtomicFiles;
import id.kenda.core.KendaException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** A report written to a file, its format chosen by the extension; written aside and renamed. */
public final class ReportFile {
    /** The formats a report file can have. */
    public enum Format { json, csv, html }

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
        throw KendaException.usage("cannot tell the report format of " + file, "name it .json, .csv or .html");
    }

    public static void write(Path file, String content) {
        AtomicFiles.writeStream(file, false, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }
}
