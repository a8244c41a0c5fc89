package id.kenda.cli.rak;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "rak", description = "The cash plan (anggaran kas, RAK) per sub kegiatan, account and month: import, check against the budget, Form RAK.")
public final class RakCommand extends ParentCommand {
}
