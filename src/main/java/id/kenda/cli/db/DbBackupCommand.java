package id.kenda.cli.db;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Backup;
import id.kenda.db.Database;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

@Command(name = "backup", description = {
    "Write a consistent backup of the whole database to FILE (written aside, then renamed into place).",
    "Embedded H2: a zip of the database file (restore by unzipping it into the kenda home).",
    "PostgreSQL: pg_dump's custom format (needs pg_dump on PATH; restore with pg_restore)."})
public final class DbBackupCommand extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "where to write the backup")
    Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    protected int run() {
        if (Files.exists(file) && !force) {
            throw new KendaException(ExitCode.CANT_CREATE, "refusing to replace the existing file " + file, "pass --force or choose another name");
        }
        try (Database db = Database.open(settings(), Database.Access.READ, Database.Schema.REQUIRE_CURRENT, console()::info)) {
            long bytes = Backup.write(db, file, settings().env());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.toAbsolutePath().toString());
            json.put("bytes", bytes);
            json.put("database", db.target().display());
            console().result(json, new Table("file", "bytes", "database").row(file.toString(), bytes, db.target().display()));
            return ExitCode.OK;
        }
    }
}
