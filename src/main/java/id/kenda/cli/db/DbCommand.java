package id.kenda.cli.db;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "db", description = "Database operations: schema migrations, status, backup.")
public final class DbCommand extends ParentCommand {
}
