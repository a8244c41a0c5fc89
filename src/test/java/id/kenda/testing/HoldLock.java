package id.kenda.testing;

import id.kenda.core.Settings;
import id.kenda.db.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** A child process that takes the writer lock, says so on stdout, and holds it for N milliseconds. */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        // library loggers stay quiet, as in kenda itself: this child's stderr is the build's output
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        Map<String, String> env = System.getenv();
        Settings s = new Settings(Path.of(env.get("KENDA_HOME")), env.get("KENDA_DB_URL"), null, Duration.ZERO, env, "kenda test-hold-lock");
        try (Database db = Database.open(s, Database.Access.WRITE, Database.Schema.REQUIRE_CURRENT, m -> { })) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[0]));
        }
    }
}
