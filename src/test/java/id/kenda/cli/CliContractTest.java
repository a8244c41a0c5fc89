package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.testing.Kenda;
import id.kenda.testing.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command-line contract the README documents: exit codes, one-line errors with hints, stdout vs stderr. */
class CliContractTest {
    @TempDir
    Path tmp;

    private Run kenda(String... args) {
        return Kenda.run(Map.of("KENDA_HOME", tmp.resolve("home").toString()), args);
    }

    @Test
    void versionGoesToStdoutWithExitZero() {
        Run r = kenda("--version");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("kenda "), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandIsUsageErrorWithSuggestion() {
        Run r = kenda("doctr");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("unknown command 'doctr'"), r::toString);
        assertTrue(r.err().contains("did you mean: doctor?"), r::toString);
        assertEquals("", r.out());
    }

    @Test
    void unknownSubcommandGetsHintForItsParent() {
        Run r = kenda("db", "migrat");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().contains("did you mean: migrate"), r::toString);
        assertTrue(r.err().contains("kenda db --help"), r::toString);
    }

    @Test
    void unknownOptionIsUsageError() {
        Run r = kenda("doctor", "--frobnicate");
        assertEquals(ExitCode.USAGE, r.exit());
        assertTrue(r.err().startsWith("kenda: unknown option '--frobnicate'"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void bareParentsPrintHelpAndExitUsage() {
        assertEquals(ExitCode.USAGE, kenda().exit());
        Run db = kenda("db");
        assertEquals(ExitCode.USAGE, db.exit());
        assertTrue(db.err().contains("Usage: kenda db"), db::toString);
        assertEquals("", db.out());
    }

    @Test
    void helpListsExitCodesAndEnvironment() {
        Run r = kenda("--help");
        assertEquals(0, r.exit());
        for (String s : new String[] {"75 busy", "64 usage", "KENDA_HOME", "KENDA_DB_PASSWORD_FILE", "NO_COLOR", "--wait", "--no-progress"}) {
            assertTrue(r.out().contains(s), "help mentions " + s);
        }
    }

    @Test
    void globalOptionsWorkAfterTheSubcommand() {
        Run r = kenda("doctor", "-o", "json", "--home", tmp.resolve("other").toString());
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains(tmp.resolve("other").toString()), r::toString);
    }

    @Test
    void badWaitDurationIsUsageError() {
        Run r = kenda("--wait", "soon", "db", "status");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("not a duration"), r::toString);
    }

    @Test
    void badOutputEnvironmentVariableIsUsageError() {
        Run r = Kenda.run(Map.of("KENDA_HOME", tmp.toString(), "KENDA_OUTPUT", "yaml"), "doctor");
        assertEquals(ExitCode.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("KENDA_OUTPUT"), r::toString);
    }

    @Test
    void unreachablePostgresExits69Quickly() {
        long start = System.nanoTime();
        Run r = Kenda.run(Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", "jdbc:postgresql://127.0.0.1:1/kenda"), "db", "status");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(ExitCode.UNAVAILABLE, r.exit(), r::toString);
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertTrue(r.err().contains("cannot reach the database"), r::toString);
        assertTrue(r.err().contains("hint:"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace without -v");
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = Kenda.run(Map.of("KENDA_HOME", tmp.toString(), "KENDA_DB_URL", "jdbc:postgresql://127.0.0.1:1/kenda"), "-v", "db", "status");
        assertEquals(ExitCode.UNAVAILABLE, r.exit());
        assertTrue(r.err().contains("\tat "), r::toString);
    }

    @Test
    void passwordInDatabaseUrlIsRefused() {
        Run r = Kenda.run(Map.of("KENDA_HOME", tmp.toString()), "--db", "jdbc:postgresql://h/kenda?password=s3cret", "db", "status");
        assertEquals(ExitCode.CONFIG, r.exit(), r::toString);
        assertFalse(r.err().contains("s3cret"), r::toString);
        Run other = Kenda.run(Map.of("KENDA_HOME", tmp.toString()), "--db", "postgresql://user:s3cret@h/kenda", "db", "status");
        assertEquals(ExitCode.USAGE, other.exit(), other::toString);
        assertFalse(other.err().contains("s3cret"), "an unsupported URL is not echoed: " + other.err());
    }

    @Test
    void aHomeThatCannotBeCreatedIs73() {
        Run r = Kenda.run(Map.of("KENDA_HOME", "/proc/kenda-home"), "db", "status");
        assertEquals(ExitCode.CANT_CREATE, r.exit(), r::toString);
        assertTrue(r.err().contains("cannot create the kenda home /proc/kenda-home") && r.err().contains("hint: set --home or KENDA_HOME"), r::toString);
    }

    /** picocli reads descriptions as format strings: a lone '%' garbles the help and prints a warning. */
    @Test
    void everyCommandsHelpRendersWithoutWarnings() {
        List<String> bad = new java.util.ArrayList<>();
        walkHelp(Cli.commandLine(), bad);
        assertTrue(bad.isEmpty(), "help with format warnings: " + bad);
    }

    private static void walkHelp(picocli.CommandLine cmd, List<String> bad) {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            cmd.getUsageMessage();
        } finally {
            System.setErr(old);
        }
        if (err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("WARN")) {
            bad.add(cmd.getCommandSpec().qualifiedName());
        }
        cmd.getSubcommands().values().forEach(c -> walkHelp(c, bad));
    }

    @Test
    void failedStdoutWriteExits74() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"--version"}, Map.of(), new PrintWriter(broken), new PrintWriter(err), Terminal.NONE);
        assertEquals(ExitCode.IO, code);
        assertTrue(err.toString().contains("cannot write to standard output"), err::toString);
    }
}
