package id.kenda.cli.db;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.db.Migrations;
import id.kenda.db.RunAudit;
import id.kenda.report.Table;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "migrate", description = "Bring the database schema up to this kenda's version (embedded H2 does this by itself).")
public final class DbMigrateCommand extends BaseCommand {
    @Override
    protected int run() {
        try (Database db = Database.open(settings(), Database.Access.WRITE, Database.Schema.AS_IS, console()::info)) {
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
