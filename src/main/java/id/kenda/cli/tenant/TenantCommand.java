package id.kenda.cli.tenant;

import id.kenda.cli.ParentCommand;
import picocli.CommandLine.Command;

@Command(name = "tenant", description = "Regions (tenants): provision, remove, list, show, export and validate their specs.",
        subcommands = {TenantProvisionCommand.class, TenantRemoveCommand.class, TenantListCommand.class, TenantShowCommand.class,
            TenantExportCommand.class, TenantValidateCommand.class})
public final class TenantCommand extends ParentCommand {
}
