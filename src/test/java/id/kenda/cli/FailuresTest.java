package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The central mapping from failures to exit codes. */
class FailuresTest {
    @Test
    void mapsEachKindOfFailure() {
        assertEquals(ExitCode.DATA, Failures.classify(KendaException.data("x", null)).exitCode());
        assertEquals(ExitCode.DATA, Failures.classify(new RuntimeException(KendaException.data("wrapped", null))).exitCode());
        assertEquals(ExitCode.NO_INPUT, Failures.classify(new NoSuchFileException("a.csv")).exitCode());
        assertEquals(ExitCode.PERMISSION, Failures.classify(new AccessDeniedException("a.csv")).exitCode());
        assertEquals(ExitCode.IO, Failures.classify(new UncheckedIOException(new IOException("No space left on device"))).exitCode());
        assertEquals(ExitCode.UNAVAILABLE, Failures.classify(new SQLException("refused", "08001")).exitCode());
        assertEquals(ExitCode.PERMISSION, Failures.classify(new SQLException("auth", "28P01")).exitCode());
        assertEquals(ExitCode.PERMISSION, Failures.classify(new SQLException("ro", "25006")).exitCode());
        assertEquals(ExitCode.IO, Failures.classify(new SQLException("full", "53100")).exitCode());
        assertEquals(ExitCode.SOFTWARE, Failures.classify(new IllegalStateException("bug")).exitCode());
        assertEquals(ExitCode.SOFTWARE, Failures.classify(new OutOfMemoryError()).exitCode());
    }
}
