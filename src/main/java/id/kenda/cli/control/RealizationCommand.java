package id.kenda.cli.control;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "realization", description = "Monthly plan (RAK, planned physical progress) and realisation per sub kegiatan.")
public final class RealizationCommand extends ParentCommand {
}
