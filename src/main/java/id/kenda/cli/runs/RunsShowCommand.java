package id.kenda.cli.runs;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.RunLog;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.Map;

@Command(name = "show", description = "Show one run: every recorded field and its summary (what it imported or why it stopped).")
public final class RunsShowCommand extends BaseCommand {
    @Parameters(paramLabel = "ID", description = "the run's id or its first characters, as 'kenda runs' lists them")
    String id;

    @Override
    protected int run() throws Exception {
        if (id.isBlank()) {
            throw KendaException.usage("the run id is empty", "copy it from 'kenda runs'");
        }
        try (Database db = openDatabase(Database.Access.READ)) {
            RunLog.Run r = new RunLog(db).find(id.trim()).orElseThrow(() -> KendaException.usage(
                    "no run with id '" + id + "'", "list the runs with 'kenda runs --limit 0'"));
            Map<String, Object> json = RunsCommand.json(r);
            Table t = new Table("field", "value");
            json.forEach((k, v) -> t.row(k, v));
            console().result(json, t);
            return ExitCode.OK;
        }
    }
}
