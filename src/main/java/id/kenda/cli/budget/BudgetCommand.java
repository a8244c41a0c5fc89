package id.kenda.cli.budget;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "budget", description = "Budget lines (rincian belanja): validate against the SSH, import the stages, compare them, check the structure.")
public final class BudgetCommand extends ParentCommand {
}
