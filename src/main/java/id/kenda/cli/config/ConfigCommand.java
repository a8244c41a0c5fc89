package id.kenda.cli.config;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "config", description = "The settings kenda runs with: flags, KENDA_* variables and $KENDA_HOME/config.yaml.")
public final class ConfigCommand extends ParentCommand {
}
