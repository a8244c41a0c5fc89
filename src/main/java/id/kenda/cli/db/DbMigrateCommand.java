package id.kenda.cli.db;

import id.kenda.cli.ChangesState;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.db.Migrations;
import id.kenda.db.RunAudit;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "migrate", description = "Bring the database schema up to this kenda's version (embedded H2 does this by itself).")
public final class DbMigrateCommand extends ChangesState {

    @Override
    protected int run() {
        if (dryRun) {
            try (Database db = Database.open(settings(), Database.Access.READ, Database.Schema.AS_IS, console()::info)) {
                db.migrations().checkApplied();
                java.util.List<Migrations.Step> pending = db.migrations().steps().stream().filter(s -> s.state().equals("pending")).toList();
                Table t = new Table("version", "description", "state");
                pending.forEach(s -> t.row(s.version(), s.description(), "[dry run] would apply"));
                console().result(Renderers.fields("database", db.target().display(), "current", db.migrations().currentVersion(), "pending", pending), t);
                console().info("[dry run] " + pending.size() + " migrations would be applied; nothing was changed");
                return ExitCode.OK;
            }
        }
        try (Database db = Database.open(settings(), Database.Access.SCHEMA, Database.Schema.AS_IS, console()::info)) {
            Migrations.Outcome o = db.migrations().migrate();
            RunAudit.start(db, "", settings().command(), null).finish(ExitCode.OK, "schema " + o.fromVersion() + " -> " + o.toVersion());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("database", db.target().display());
            json.put("from", o.fromVersion());
            json.put("to", o.toVersion());
            json.put("applied", o.applied());
            console().result(json, new Table("database", "from", "to", "applied")
                    .row(db.target().display(), o.fromVersion(), o.toVersion(), o.applied()));
            console().info(o.applied() == 0 ? "schema is up to date at version " + o.toVersion()
                    : "migrated the schema from version " + o.fromVersion() + " to " + o.toVersion() + " (" + o.applied() + " migrations)");
            return ExitCode.OK;
        }
    }
}
