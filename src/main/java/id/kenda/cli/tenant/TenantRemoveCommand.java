package id.kenda.cli.tenant;

import id.kenda.cli.ChangesState;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.report.Renderers;
import id.kenda.report.Table;
import id.kenda.tenant.TenantRemover;
import id.kenda.tenant.Tenants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

@Command(name = "remove", description = {
        "Remove a tenant provisioned by mistake: prints the plan (rows per table), then deletes every row",
        "of the tenant in one transaction and moves its spec file to tenants/removed/CODE-<timestamp>.yaml.",
        "The audit trail of its runs is kept. On a terminal it asks for the code to be typed; elsewhere",
        "it needs --yes. Take a 'kenda db backup' first."})
public final class TenantRemoveCommand extends ChangesState {
    @Parameters(paramLabel = "CODE", description = "region code of the tenant to remove, e.g. 35.79")
    String code;

    @Option(names = "--yes", description = "remove without asking (for scripts; required off a terminal)")
    boolean yes;

    @Override
    protected int run() throws IOException {
        String c = Tenants.requireCode(code);
        try (Database db = Database.open(settings(), Database.Access.WRITE, c, Database.Schema.REQUIRE_CURRENT, console()::info)) {
            TenantRemover.Plan plan = TenantRemover.plan(db, settings().home(), c);
            String prefix = dryRun ? "[dry run] " : "";
            console().info(prefix + "remove tenant " + c + " '" + plan.name() + "': " + plan.total() + " rows"
                    + (plan.movedTo() != null ? "; spec file to " + plan.movedTo() : ""));
            plan.rows().forEach((table, n) -> console().info(prefix + "  delete " + n + " rows of " + table));
            console().info(prefix + "take a backup first if in doubt: kenda db backup FILE");
            Table t = new Table("table", "rows");
            plan.rows().forEach((k, v) -> t.row(k, v));
            if (!dryRun && !yes) {
                confirm(c);
            }
            if (!dryRun) {
                TenantRemover.apply(db, plan, settings().command());
                console().info("removed tenant " + c);
            }
            console().result(Renderers.fields("tenant", c, "name", plan.name(), "dryRun", dryRun, "rows", plan.rows(),
                    "specFile", plan.movedTo() == null ? null : plan.specFile().toString(),
                    "movedTo", plan.movedTo() == null ? null : plan.movedTo().toString()), t);
            return ExitCode.OK;
        }
    }

    /** On a terminal, the code typed back; anywhere else, a refusal (64) naming --yes. */
    private void confirm(String c) throws IOException {
        if (System.console() == null) {
            throw KendaException.usage("not removing tenant " + c + " without confirmation: this is not a terminal",
                    "pass --yes to remove it from a script (see the plan above; --dry-run shows it alone)");
        }
        console().err().print("type the tenant code (" + c + ") to remove it: ");
        console().err().flush();
        String typed = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (typed == null || !typed.trim().equals(c)) {
            throw KendaException.usage("not removing tenant " + c + ": the code typed was '" + (typed == null ? "" : typed.trim()) + "'",
                    "type " + c + " exactly, or pass --yes");
        }
    }
}
