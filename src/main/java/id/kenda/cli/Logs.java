package id.kenda.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Library loggers (Flyway, jOOQ and the JDBC drivers log through java.util.logging) stay silent
 * unless the run is verbose; then they go to stderr, never to stdout.
 */
final class Logs {
    private Logs() {
    }

    static void configure(boolean verbose, PrintWriter err) {
        LogManager.getLogManager().reset();
        Logger rootLogger = Logger.getLogger("");
        rootLogger.setLevel(verbose ? Level.INFO : Level.OFF);
        if (verbose) {
            rootLogger.addHandler(new Handler() {
                @Override
                public void publish(LogRecord r) {
                    err.println("log " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + " " + r.getLoggerName() + ": " + r.getMessage());
                    err.flush();
                }

                @Override
                public void flush() {
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            });
        }
    }
}
