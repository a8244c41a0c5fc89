package id.kenda.cli.runs;

import id.kenda.cli.BaseCommand;
import id.kenda.core.Durations;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.RunLog;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "runs", description = {
        "List past runs that changed data, newest first: start, duration, user, host, tenant, command line",
        "(secrets masked), exit code, rows read and stored, revision made. A run killed before it ended is",
        "'interrupted'. -t / KENDA_TENANT limits the list to one tenant."})
public final class RunsCommand extends BaseCommand {
    @Option(names = "--since", paramLabel = "DURATION|DATE", description = "runs started in the last DURATION (7d, 12h) or on or after DATE (2026-11-01)")
    String since;

    @Option(names = "--command", paramLabel = "NOUN", description = "runs of one command: ssh, budget, 'ssh import', tenant, db ...")
    String command;

    @Option(names = "--failed", description = "only runs that failed or were interrupted")
    boolean failed;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N runs (0: all; default ${DEFAULT-VALUE})")
    int limit;

    @Override
    protected int run() throws Exception {
        if (limit < 0) {
            throw KendaException.usage("--limit " + limit + " is negative", "give 0 for all runs, or a positive number");
        }
        String tenant = settings().tenant();
        try (Database db = openDatabase(Database.Access.READ)) {
            List<RunLog.Run> runs = new RunLog(db).list(new RunLog.Filter(tenant, since(since), command, failed, limit));
            Table t = new Table("id", "started", "duration", "user", "host", "tenant", "command", "exit", "read", "stored", "revision");
            for (RunLog.Run r : runs) {
                t.row(r.id().substring(0, 8), STARTED.format(r.startedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                        r.durationSeconds() == null ? r.status() : String.format(java.util.Locale.ROOT, "%.2fs", r.durationSeconds()),
                        r.user(), r.host(), r.tenant().isEmpty() ? "-" : r.tenant(), shown(r.command()),
                        r.exitCode() == null ? r.status() : r.exitCode(), r.rowsRead(), r.rowsStored(), r.revision());
            }
            console().result(Renderers.fields("runs", runs.stream().map(RunsCommand::json).toList()), t);
            if (runs.isEmpty()) {
                console().info("no runs recorded" + (tenant != null ? " for tenant " + tenant : "") + " that match");
            }
            return ExitCode.OK;
        }
    }

    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");

    /** The command line as the text table shows it: at most 72 characters (CSV, JSON and 'runs show' keep it whole). */
    private String shown(String command) {
        if (console().format() != id.kenda.cli.OutputFormat.text || command.length() <= 72) {
            return command;
        }
        return command.substring(0, 69) + "...";
    }

    /** A run in the JSON shape of {@code runs} and {@code runs show}. */
    static Map<String, Object> json(RunLog.Run r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("tenant", r.tenant().isEmpty() ? null : r.tenant());
        m.put("startedAt", r.startedAt().toInstant().toString());
        m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toInstant().toString());
        m.put("durationSeconds", r.durationSeconds());
        m.put("status", r.status());
        m.put("exitCode", r.exitCode());
        m.put("user", r.user());
        m.put("host", r.host());
        m.put("command", r.command());
        m.put("commandName", r.commandName());
        m.put("rowsRead", r.rowsRead());
        m.put("rowsStored", r.rowsStored());
        m.put("revision", r.revision());
        m.put("inputSha256", r.inputSha256());
        m.put("outcome", r.outcome());
        return m;
    }

    /** {@code 7d} / {@code 12h} back from now, or a date (midnight, local time); null for none. */
    static OffsetDateTime since(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.now(ZoneOffset.UTC).minus(Durations.parse(text));
            } catch (IllegalArgumentException e) {
                throw KendaException.usage("--since '" + text + "' is neither a duration nor a date", "e.g. --since 7d or --since 2026-11-01");
            }
        }
    }
}
