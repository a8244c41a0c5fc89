package id.kenda.cli.tenant;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "tenant", description = "Regions (tenants): provision, remove, list, show, export and validate their specs.")
public final class TenantCommand extends ParentCommand {
}
