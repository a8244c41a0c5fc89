package id.kenda.cli.db;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "db", description = "Database operations: schema migrations, status, backup.",
        subcommands = {DbMigrateCommand.class, DbStatusCommand.class, DbBackupCommand.class})
public final class DbCommand extends ParentCommand {
}
