package id.kenda.cli.ssh;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "ssh", description = "SSH price lists (SSH, HSPK, ASB, SBU): import revisions, inspect, compare.",
        subcommands = {SshImportCommand.class, SshRevisionsCommand.class, SshShowCommand.class, SshSearchCommand.class,
            SshDiffCommand.class, SshDuplicatesCommand.class, SshExportCommand.class, SshCompareCommand.class})
public final class SshCommand extends ParentCommand {
}
