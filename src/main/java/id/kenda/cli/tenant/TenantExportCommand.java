package id.kenda.cli.tenant;

import id.kenda.cli.BaseCommand;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.tenant.SpecFiles;
import id.kenda.tenant.Tenants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "export", description = "Write a tenant's spec as YAML (secrets stay references), to stdout or --file (mode 0600).")
public final class TenantExportCommand extends BaseCommand {
    @Parameters(paramLabel = "CODE", arity = "0..1", description = "region code (default: -t / KENDA_TENANT)")
    String code;

    @Option(names = "--file", paramLabel = "FILE", description = "write here instead of stdout")
    Path file;

    @Override
    protected int run() {
        String c = Tenants.requireCode(code != null ? code : settings().tenant());
        try (Database db = openDatabase(Database.Access.READ)) {
            var spec = Tenants.require(db, c).spec().withDefaults();
            if (file != null) {
                SpecFiles.write(file, spec);
                console().info("wrote " + file);
            } else {
                console().out().print(SpecFiles.render(spec));
                console().checkOut();
            }
            return ExitCode.OK;
        }
    }
}
