package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.SqlErrors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Maps any throwable to a {@link KendaException} with the exit code the README's table gives it. */
final class Failures {
    private Failures() {
    }

    static KendaException classify(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof KendaException k) {
                return k;
            }
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            KendaException sql = SqlErrors.ifSql(t);
            if (sql != null) {
                return sql;
            }
            if (t instanceof NoSuchFileException f) {
                return new KendaException(ExitCode.NO_INPUT, "no such file: " + f.getFile(), "check the path", ex);
            }
            if (t instanceof AccessDeniedException a) {
                return new KendaException(ExitCode.PERMISSION, "permission denied: " + a.getFile(), "check the file's permissions", ex);
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("Read-only")) {
                return new KendaException(ExitCode.PERMISSION, "read-only file system: " + fs.getFile(), null, ex);
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                break;
            }
            if (t instanceof IOException io) {
                String m = String.valueOf(io.getMessage());
                if (m.contains("No space left")) {
                    return new KendaException(ExitCode.IO, "the disk is full: " + m, "free space and run again", ex);
                }
                return new KendaException(ExitCode.IO, "I/O error: " + m, null, ex);
            }
            if (t instanceof UncheckedIOException u && u.getCause() != null) {
                return classify(u.getCause());
            }
            if (t instanceof OutOfMemoryError) {
                return new KendaException(ExitCode.SOFTWARE, "out of memory", "raise the heap with JAVA_OPTS=-Xmx2g and report the input size", ex);
            }
        }
        String what = ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage().lines().findFirst().orElse(""));
        return new KendaException(ExitCode.SOFTWARE, "internal error: " + what, null, ex);
    }
}
