package id.kenda.cli.db;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.db.Migrations;
import id.kenda.report.Table;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "status", description = "Show the database, its schema version and every migration's state.")
public final class DbStatusCommand extends BaseCommand {
    @Override
    protected int run() {
        try (Database db = Database.open(settings(), Database.Access.READ, Database.Schema.AS_IS, console()::info)) {
            Migrations m = db.migrations();
            List<Migrations.Step> steps = m.steps();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", db.target().display());
            json.put("current", m.currentVersion());
            json.put("pending", m.pendingCount());
            json.put("migrations", steps);
            Table t = new Table("version", "description", "state", "installed");
            steps.forEach(s -> t.row(s.version(), s.description(), s.state(), s.installedOn()));
            console().result(json, t);
            console().info("database " + db.target().display() + ": schema version " + m.currentVersion()
                    + (m.pendingCount() > 0 ? ", " + m.pendingCount() + " pending (run 'kenda db migrate')" : ", up to date"));
            return ExitCode.OK;
        }
    }
}
