package id.kenda.cli.budget;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "budget", description = "Budget lines (rincian belanja): validate against the SSH, import the approved budget.",
        subcommands = {BudgetValidateCommand.class, BudgetImportCommand.class})
public final class BudgetCommand extends ParentCommand {
}
