package id.kenda.testing;

import id.kenda.core.Settings;
import id.kenda.db.Database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A child process that takes a writer lock, says so on stdout, and holds it for N milliseconds:
 * the lock of the tenant in KENDA_TENANT (on PostgreSQL; none given: only the database lock,
 * shared, as every writer holds it), or with a second argument {@code schema} the database lock
 * a migration takes.
 */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) throws Exception {
        // library loggers stay quiet, as in kenda itself: this child's stderr is the build's output
        java.util.logging.LogManager.getLogManager().reset();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
        Map<String, String> env = System.getenv();
        Settings s = new Settings(Path.of(env.get("KENDA_HOME")), env.get("KENDA_DB_URL"), env.get("KENDA_TENANT"), Duration.ZERO, env,
                "kenda test-hold-lock");
        Database.Access access = args.length > 1 && args[1].equals("schema") ? Database.Access.SCHEMA : Database.Access.WRITE;
        try (Database db = Database.open(s, access, Database.Schema.REQUIRE_CURRENT, m -> { })) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.parseLong(args[0]));
        }
    }
}
