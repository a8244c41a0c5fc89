package id.kenda.cli.ssh;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "ssh", description = "SSH price lists (SSH, HSPK, ASB, SBU): import revisions, inspect, compare.")
public final class SshCommand extends ParentCommand {
}
