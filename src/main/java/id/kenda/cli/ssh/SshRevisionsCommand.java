package id.kenda.cli.ssh;

import id.kenda.pricelist.Kind;
import id.kenda.cli.BaseCommand;
import id.kenda.cli.Choices;
import id.kenda.cli.TenantScope;
import id.kenda.core.ExitCode;
import id.kenda.db.Database;
import id.kenda.db.Revisions;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "revisions", description = "List price-list revisions: number, year, kind, label, status, items, source file and hash, times.")
public final class SshRevisionsCommand extends BaseCommand {
    @Option(names = "--year", paramLabel = "YEAR", description = "only this fiscal year")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", converter = Choices.Kinds.class, completionCandidates = Choices.Kinds.class,
            description = "only this kind: ${COMPLETION-CANDIDATES}")
    Kind kindOption;

    @Override
    protected int run() {
        String tenant = tenantCode();
        String kind = kindOption == null ? null : kindOption.name();
        try (TenantScope scope = openTenant(Database.Access.READ)) {
            List<Revisions.Info> all = new Revisions(scope.db().dsl(), tenant).list(Revisions.Dataset.SSH, year, kind);
            Table t = new Table("revision", "year", "kind", "label", "status", "items", "created", "activated", "source", "sha256");
            all.forEach(r -> t.row(r.id(), r.fiscalYear(), r.kind(), r.label(), r.status(), r.rows(), r.createdAt(), r.activatedAt(),
                    r.sourceFiles(), r.sourceSha256().substring(0, 12)));
            console().result(Renderers.fields("tenant", tenant, "revisions", all), t);
            return ExitCode.OK;
        }
    }
}
