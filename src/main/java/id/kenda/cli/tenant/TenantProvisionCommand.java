package id.kenda.cli.tenant;

import id.kenda.cli.ChangesState;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.DatabaseTarget;
import id.kenda.report.Table;
import id.kenda.tenant.Provisioner;
import id.kenda.tenant.RegionCode;
import id.kenda.tenant.Regions;
import id.kenda.tenant.SkpdFile;
import id.kenda.tenant.SpecFiles;
import id.kenda.tenant.TenantRepository;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "provision", description = {
    "Create or converge a tenant: region code, name, settings, SKPD list, spec file.",
    "Prints the plan (+ add, ~ change, - remove), applies it in one transaction, then writes",
    "$KENDA_HOME/tenants/CODE.yaml (mode 0600). Running it again with the same input changes nothing.",
    "Precedence: existing state < --from < --config < options."})
public final class TenantProvisionCommand extends ChangesState {
    @Parameters(paramLabel = "CODE", description = "Kemendagri region code PP.KK, e.g. 35.79 (Kota Batu)")
    String code;

    @Option(names = "--name", paramLabel = "NAME", description = "the region's name, e.g. 'Pemerintah Kota Batu' (required to create)")
    String name;

    @Option(names = "--kind", paramLabel = "KIND", description = "kabupaten or kota (default: from the code: 01-69 kabupaten, 71-99 kota)")
    String kind;

    @Option(names = "--from", paramLabel = "CODE", description = "copy settings (pricing, control, unit aliases) from this tenant, never its data")
    String from;

    @Option(names = "--config", paramLabel = "FILE", description = "a tenant spec (YAML); options override it")
    Path config;

    @Option(names = "--fiscal-year", paramLabel = "YEAR", description = "the current fiscal year (default: existing, else this year)")
    Integer fiscalYear;

    @Option(names = "--skpd", paramLabel = "FILE", description = "CSV or XLSX of the region's agencies (kode_skpd, nama_skpd): the list converges to it")
    Path skpdFile;

    @Option(names = "--allow-unlisted", description = "accept a region code that is not in " + Regions.SOURCE + " (a region created by a later decree)")
    boolean allowUnlisted;

    @Option(names = "--allow-removal", description = "let --skpd drop an agency that holds budget or realisation data")
    boolean allowRemoval;

    @Option(names = "--detailed-exitcode", description = "with --dry-run: exit 2 when there are changes, 0 when none")
    boolean detailedExitcode;

    @Override
    protected int run() {
        if (detailedExitcode && !dryRun) {
            throw KendaException.usage("--detailed-exitcode goes with --dry-run", "add --dry-run");
        }
        if (kind != null && !kind.equals("kabupaten") && !kind.equals("kota")) {
            throw KendaException.usage("--kind '" + kind + "' is not kabupaten or kota", null);
        }
        RegionCode.problem(code, kind).ifPresent(m -> {
            throw KendaException.usage(m, "region codes look like 35.15 (Kabupaten Sidoarjo) or 35.79 (Kota Batu)");
        });
        Regions.Region listed = Regions.find(code).orElse(null);
        if (listed == null && !allowUnlisted) {
            List<Regions.Region> near = Regions.nearest(code, 3);
            throw KendaException.usage("'" + code + "' is not a region code in " + Regions.SOURCE,
                    (near.isEmpty() ? "" : "did you mean " + String.join(", ", near.stream().map(r -> r.code() + " (" + r.name() + ")").toList()) + "? ")
                            + "For a region created by a later decree pass --allow-unlisted");
        }
        if (listed != null && kind != null && !kind.equals(listed.kind())) {
            throw KendaException.usage("--kind " + kind + " disagrees with " + Regions.SOURCE + ": " + code + " is " + listed.name(),
                    "leave --kind out; it comes from the list");
        }
        if (name != null && name.isBlank()) {
            throw KendaException.usage("--name is empty", "give the region's name, e.g. --name 'Pemerintah Kota Batu'");
        }
        if (name != null && name.codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            throw KendaException.usage("--name contains control characters", null);
        }
        if (from != null) {
            RegionCode.problem(from, null).ifPresent(m -> {
                throw KendaException.usage("--from: " + m, null);
            });
        }
        TenantSpec spec = config == null ? null : SpecFiles.read(config);
        if (spec != null && spec.code() != null && !spec.code().equals(code)) {
            throw KendaException.usage("the spec " + config + " is for " + spec.code() + ", not " + code, "provision " + spec.code() + " or fix the spec");
        }
        List<TenantSpec.Skpd> skpd = skpdFile == null ? null : SkpdFile.read(skpdFile);
        Provisioner.Request req = new Provisioner.Request(code, name, kind, from, spec, fiscalYear, skpd,
                listed == null ? null : listed.governmentName(), allowRemoval);

        Provisioner.Plan plan;
        if (dryRun) {
            plan = dryPlan(req);
        } else {
            try (Database db = Database.open(settings(), access(), code, Database.Schema.REQUIRE_CURRENT, console()::info)) {
                plan = Provisioner.plan(db, settings().home(), req, settings().env());
                Provisioner.apply(db, plan, settings().command());
            }
        }
        print(plan);
        if (dryRun && detailedExitcode && !plan.empty()) {
            return ExitCode.CHANGES_PENDING;
        }
        return ExitCode.OK;
    }

    /**
     * On PostgreSQL a new tenant is added under the database lock (as schema changes are, so that
     * a scale-out can distribute its rows before any writer sees it); a stored one is updated
     * under its own lock beside other tenants' writers. H2 has the one lock either way.
     */
    private Database.Access access() {
        if (!DatabaseTarget.resolve(settings()).isPostgres()) {
            return Database.Access.WRITE;
        }
        try (Database db = Database.open(settings(), Database.Access.READ, Database.Schema.REQUIRE_CURRENT, console()::info)) {
            return new TenantRepository(db.dsl()).find(code).isPresent() ? Database.Access.WRITE : Database.Access.SCHEMA;
        }
    }

    /** A dry run never creates the embedded database or the home. */
    private Provisioner.Plan dryPlan(Provisioner.Request req) {
        if (settings().dbUrl() == null && !Database.embeddedExists(settings())) {
            return Provisioner.plan(null, settings().home(), req, settings().env());
        }
        try (Database db = Database.open(settings(), Database.Access.READ, Database.Schema.AS_IS, console()::info)) {
            if (db.migrations().pendingCount() > 0) {
                throw new KendaException(ExitCode.CONFIG, "the database schema is behind this kenda", "run 'kenda db migrate' first");
            }
            return Provisioner.plan(db, settings().home(), req, settings().env());
        }
    }

    private void print(Provisioner.Plan plan) {
        String prefix = dryRun ? "[dry run] " : "";
        List<Map<String, Object>> changes = new ArrayList<>();
        Table t = new Table("op", "what", "from", "to");
        for (Provisioner.Change c : plan.changes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("op", c.op());
            m.put("what", c.what());
            m.put("from", c.from());
            m.put("to", c.to());
            changes.add(m);
            t.row(c.op(), c.what(), c.from(), c.to());
        }
        switch (console().format()) {
            case text -> {
                plan.changes().forEach(c -> console().line(prefix + c.line()));
                console().checkOut();
            }
            default -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("tenant", plan.code());
                json.put("dryRun", dryRun);
                json.put("created", plan.create() && !plan.empty());
                json.put("applied", !dryRun && !plan.empty());
                json.put("changes", changes);
                console().result(json, t);
            }
        }
        if (plan.empty()) {
            console().info(prefix + "tenant " + plan.code() + " is up to date: nothing to do");
        } else if (dryRun) {
            console().info(prefix + plan.changes().size() + " changes pending for tenant " + plan.code() + "; nothing was changed");
        } else {
            console().info((plan.create() ? "created" : "updated") + " tenant " + plan.code() + ": " + plan.changes().size() + " changes applied");
        }
    }
}
