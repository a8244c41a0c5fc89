package id.kenda.report;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Streams rejected rows (file, line, reason, the original cells) to a CSV beside the target,
 * renamed into place when the run ends: a reject file is never half-written. Formula-safe.
 */
public final class RejectsWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer w;
    private final CSVPrinter p;
    private boolean committed;

    private RejectsWriter(Path target, Path temp, Writer w, CSVPrinter p) {
        this.target = target;
        this.temp = temp;
        this.w = w;
        this.p = p;
    }

    /** Null when no reject file was asked for. Fails early (73) when it cannot be created. */
    public static RejectsWriter open(Path target) {
        if (target == null) {
            return null;
        }
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": the directory does not exist", "create it or choose another path");
        }
        if (Files.isDirectory(abs)) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": it is a directory", "name a file for the rejects");
        }
        Path temp = dir.resolve("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(temp);
            Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            p.printRecord("file", "line", "reason", "cells");
            return new RejectsWriter(abs, temp, w, p);
        } catch (IOException e) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": " + e.getMessage(), "choose a writable directory");
        }
    }

    public void add(String file, int line, String reason, List<String> cells) {
        try {
            p.print(Cells.formulaSafe(file));
            p.print(line);
            p.print(Cells.formulaSafe(reason));
            for (String c : cells) {
                p.print(Cells.formulaSafe(c));
            }
            p.println();
        } catch (IOException e) {
            throw new KendaException(ExitCode.IO, "cannot write the rejects file: " + e.getMessage(), "free disk space and retry");
        }
    }

    public void commit() {
        try {
            p.flush();
            w.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new KendaException(ExitCode.IO, "cannot write the rejects file " + target + ": " + e.getMessage(), "free disk space and retry");
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                w.close();
            } catch (IOException ignored) {
                // the file is being removed anyway
            }
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a hidden temp file named for this pid may stay behind
            }
        }
    }
}
