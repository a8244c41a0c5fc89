package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.report.Renderers;
import id.kenda.report.Table;

import java.io.PrintWriter;

/**
 * The only place commands print. Results go to stdout in the chosen format; progress,
 * notices and diagnostics go to stderr. {@code -q} silences notices, not results or errors.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final OutputFormat format;
    private final boolean quiet;
    private final boolean verbose;
    private final boolean color;
    private final boolean progress;

    public Console(PrintWriter out, PrintWriter err, OutputFormat format, boolean quiet, boolean verbose, boolean color, boolean progress) {
        this.out = out;
        this.err = err;
        this.format = format;
        this.quiet = quiet;
        this.verbose = verbose;
        this.color = color;
        this.progress = progress;
    }

    public OutputFormat format() {
        return format;
    }

    public boolean verbose() {
        return verbose;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean color() {
        return color;
    }

    /** Whether a progress display may be drawn: stderr is a terminal and it was not switched off. */
    public boolean progress() {
        return progress;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** A notice for the person at the terminal (stderr; silenced by {@code -q}). */
    public void info(String message) {
        if (!quiet) {
            err.println(message);
            err.flush();
        }
    }

    public void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    public void debug(String message) {
        if (verbose) {
            err.println("debug: " + message);
            err.flush();
        }
    }

    /** Prints a result: JSON from {@code json}, or the table as text or CSV. */
    public void result(Object json, Table table) {
        switch (format) {
            case json -> Renderers.json(json, out);
            case csv -> Renderers.csv(table, out);
            default -> Renderers.text(table, out);
        }
        checkOut();
    }

    /** Prints a line of text output (text format only; JSON and CSV callers use {@link #result}). */
    public void line(String text) {
        out.println(text);
    }

    /** A write to stdout that failed (closed pipe, full disk) must not end in exit 0. */
    public void checkOut() {
        out.flush();
        if (out.checkError()) {
            throw new KendaException(ExitCode.IO, "cannot write to standard output (closed pipe or full disk)", null);
        }
    }

    public String bold(String s) {
        return color ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    public String colored(String s, int ansi) {
        return color ? "\u001b[" + ansi + "m" + s + "\u001b[0m" : s;
    }
}
