package id.kenda.cli;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Settings;
import id.kenda.db.Database;
import id.kenda.db.DatabaseTarget;
import id.kenda.db.Migrations;
import id.kenda.report.Table;
import picocli.CommandLine.Command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "doctor", description = {
    "Check the installation: Java, the kenda home, the lock, the database and its schema.",
    "Each check is a line with OK, WARN or FAIL; the exit code is that of the first failure (0 when none fails)."})
public final class DoctorCommand extends BaseCommand {

    /** One line of the report. */
    public record Check(String name, String status, String detail) {
    }

    private final List<Check> checks = new ArrayList<>();
    private int exit = ExitCode.OK;

    @Override
    protected int run() {
        Settings s = settings();
        int java = Runtime.version().feature();
        add("java", java >= 17, "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
                + (java >= 17 ? "" : ": kenda needs Java 17 or newer"), ExitCode.CONFIG);
        checkHome(s.home());
        DatabaseTarget target = null;
        try {
            target = DatabaseTarget.resolve(s);
        } catch (KendaException e) {
            add("database", false, e.getMessage(), e.exitCode());
        }
        if (target != null) {
            checkDatabase(s, target);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ok", exit == ExitCode.OK);
        json.put("checks", checks);
        Table t = new Table("check", "status", "detail");
        checks.forEach(c -> t.row(c.name(), c.status(), c.detail()));
        console().result(json, t);
        return exit;
    }

    private void checkHome(Path home) {
        if (Database.homeIsReadOnly(home)) {
            checks.add(new Check("home", "WARN", "home is read-only: readers work, writers exit 77 (" + home + ")"));
        } else if (Files.isDirectory(home)) {
            add("home", Files.isWritable(home), home + (Files.isWritable(home) ? " (writable)" : " is not writable"), ExitCode.PERMISSION);
        } else if (Files.exists(home)) {
            add("home", false, home + " exists but is not a directory", ExitCode.CANT_CREATE);
        } else {
            Path parent = home.getParent();
            while (parent != null && !Files.exists(parent)) {
                parent = parent.getParent();
            }
            boolean can = parent != null && Files.isWritable(parent);
            add("home", can, home + (can ? " (not created yet; will be on first use)" : " cannot be created under " + parent), ExitCode.CANT_CREATE);
        }
    }

    private void checkDatabase(Settings s, DatabaseTarget target) {
        if (!target.isPostgres() && Database.homeIsReadOnly(s.home())) {
            checks.add(new Check("lock", "OK", "not taken: readers of a read-only home take no lock"));
        } else if (!target.isPostgres()) {
            String holder = Database.probeLock(s);
            if (holder != null) {
                add("lock", false, "held by " + holder + "; retry when that run ends", ExitCode.BUSY);
                return;
            }
            add("lock", true, "free", 0);
            if (!Database.embeddedExists(s)) {
                add("database", true, target.display() + " (embedded H2; not created yet, it is on first use)", 0);
                return;
            }
        }
        try (Database db = Database.open(s, Database.Access.READ, Database.Schema.AS_IS, console()::info)) {
            add("database", true, target.display() + " (" + db.product() + ")", 0);
            if (db.isPostgres()) {
                String holder = db.advisoryLockHolder();
                add("lock", true, holder == null ? "free" : "held by " + holder + " (a writer is running; readers are not blocked)", 0);
            }
            Migrations m = db.migrations();
            int pending = m.pendingCount();
            if (pending == 0) {
                m.requireCurrent();
                add("schema", true, "version " + m.currentVersion() + ", up to date", 0);
            } else if (!db.isPostgres()) {
                add("schema", true, "version " + m.currentVersion() + ", " + pending + " migrations to apply on next use", 0);
            } else {
                add("schema", false, "version " + m.currentVersion() + ", " + pending + " pending: run 'kenda db migrate'", ExitCode.CONFIG);
            }
        } catch (KendaException e) {
            add(checks.stream().anyMatch(c -> c.name().equals("database")) ? "schema" : "database", false,
                    e.getMessage() + (e.hint() == null ? "" : " (" + e.hint() + ")"), e.exitCode());
        }
    }

    private void add(String name, boolean ok, String detail, int failCode) {
        checks.add(new Check(name, ok ? "OK" : "FAIL", detail));
        if (!ok && exit == ExitCode.OK) {
            exit = failCode;
        }
    }
}
