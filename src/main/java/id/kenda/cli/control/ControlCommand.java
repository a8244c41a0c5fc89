package id.kenda.cli.control;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "control", description = "E-Kenda control: plan vs realisation, money and physical, bands, critical items, S-curves.")
public final class ControlCommand extends ParentCommand {
}
