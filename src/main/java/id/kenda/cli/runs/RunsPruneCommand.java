package id.kenda.cli.runs;

import id.kenda.cli.ChangesState;
import id.kenda.core.Durations;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.RunAudit;
import id.kenda.db.RunLog;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

@Command(name = "prune", description = {
        "Delete the records of runs that started more than --older-than ago (runs still going are kept),",
        "so the audit trail stays bounded. Run from cron, e.g. monthly with --older-than 400d."})
public final class RunsPruneCommand extends ChangesState {
    @Option(names = "--older-than", paramLabel = "DURATION", required = true, description = "age to keep, e.g. 400d (at least 1d)")
    String olderThan;

    @Override
    protected int run() throws Exception {
        Duration age;
        try {
            age = Durations.parse(olderThan);
        } catch (IllegalArgumentException e) {
            throw KendaException.usage("--older-than: " + e.getMessage(), null);
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            throw KendaException.usage("--older-than " + olderThan + " is less than a day", "keep at least a day of runs, e.g. --older-than 400d");
        }
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(age);
        // a writer of no single tenant: beside imports, never under a migration
        try (Database db = Database.open(settings(), dryRun ? Database.Access.READ : Database.Access.WRITE, null,
                Database.Schema.REQUIRE_CURRENT, console()::info)) {
            int n = new RunLog(db).prune(cutoff, dryRun);
            if (!dryRun) {
                RunAudit.start(db, "", settings().command(), null).finish(ExitCode.OK, "pruned " + n + " runs started before " + cutoff.toInstant());
            }
            String prefix = dryRun ? "[dry run] " : "";
            Table t = new Table("runs", "startedBefore");
            t.row(n, cutoff.toInstant().toString());
            console().info(prefix + (dryRun ? "would delete " : "deleted ") + n + " runs started before " + cutoff.toInstant());
            console().result(Renderers.fields("dryRun", dryRun, "deleted", n, "startedBefore", cutoff.toInstant().toString()), t);
            return ExitCode.OK;
        }
    }
}
