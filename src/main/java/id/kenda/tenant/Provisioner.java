package id.kenda.tenant;

import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.db.Database;
import id.kenda.db.RunAudit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Converges a tenant to a desired spec: computes the difference with what exists, shows it as a
 * plan, applies it in one transaction and writes the spec file last (atomically, mode 0600).
 * Provisioning the same spec twice changes nothing.
 */
public final class Provisioner {

    /**
     * What the caller asked for; null fields leave the current (or default) value. {@code listedName}
     * is the name from the official region list, used when nothing else names the tenant;
     * {@code allowRemoval} lets the SKPD list drop an agency that holds data.
     */
    public record Request(String code, String name, String kind, String fromCode, TenantSpec config,
                          Integer fiscalYear, List<TenantSpec.Skpd> skpd, String listedName, boolean allowRemoval) {
    }

    /** One line of a plan: {@code +} add, {@code ~} change, {@code -} remove. */
    public record Change(String op, String what, String from, String to) {
        public String line() {
            return switch (op) {
                case "+" -> "+ " + what + (to == null ? "" : " " + to);
                case "-" -> "- " + what + (from == null ? "" : " " + from);
                default -> "~ " + what + ": " + from + " -> " + to;
            };
        }
    }

    /** The plan: the desired spec and the changes that reach it. */
    public record Plan(String code, boolean create, TenantSpec desired, List<Change> changes, Path specFile) {
        public boolean empty() {
            return changes.isEmpty();
        }
    }

    private Provisioner() {
    }

    /** The spec file of a tenant: {@code $KENDA_HOME/tenants/CODE.yaml} (the code is validated, so it is a plain name). */
    public static Path specFile(Path home, String code) {
        return home.resolve("tenants").resolve(code + ".yaml");
    }

    /**
     * Computes the plan. {@code db} may be null when the embedded database does not exist yet
     * (a dry run must not create it): then nothing exists.
     */
    public static Plan plan(Database db, Path home, Request req, Map<String, String> env) {
        TenantRepository repo = db == null ? null : new TenantRepository(db.dsl());
        TenantRepository.Stored existing = repo == null ? null : repo.find(req.code()).orElse(null);
        TenantSpec base = existing != null ? existing.spec()
                : new TenantSpec(req.code(), null, null, null, null, null, null, null, List.of(), null);
        if (req.fromCode() != null) {
            if (req.fromCode().equals(req.code())) {
                throw KendaException.usage("--from names the tenant being provisioned", "name another tenant to copy settings from");
            }
            TenantRepository.Stored from = repo == null ? null : repo.find(req.fromCode()).orElse(null);
            if (from == null) {
                throw new KendaException(ExitCode.CONFIG, "unknown tenant " + req.fromCode() + " given to --from",
                        "'kenda tenant list' shows the tenants settings can be copied from");
            }
            TenantSpec f = from.spec();
            base = new TenantSpec(base.code(), base.name(), base.kind(), base.sipdIdDaerah(), base.fiscalYear(),
                    f.pricing(), f.control(), f.unitAliases(), base.skpd(), base.secrets(), base.signatories(), f.structure());
        }
        TenantSpec c = req.config();
        if (c != null) {
            base = new TenantSpec(base.code(), or(c.name(), base.name()), or(c.kind(), base.kind()), or(c.sipdIdDaerah(), base.sipdIdDaerah()),
                    or(c.fiscalYear(), base.fiscalYear()), or(c.pricing(), base.pricing()), or(c.control(), base.control()),
                    or(c.unitAliases(), base.unitAliases()), or(c.skpd(), base.skpd()), or(c.secrets(), base.secrets()),
                    or(c.signatories(), base.signatories()), or(c.structure(), base.structure()));
        }
        base = new TenantSpec(base.code(), or(req.name(), or(base.name(), req.listedName())), or(req.kind(), base.kind()), base.sipdIdDaerah(),
                or(req.fiscalYear(), or(base.fiscalYear(), Year.now().getValue())), base.pricing(), base.control(), base.unitAliases(),
                or(req.skpd(), base.skpd()), base.secrets(), base.signatories(), base.structure());
        TenantSpec desired = base.withDefaults();
        desired = new TenantSpec(desired.code(), desired.name() == null ? null : desired.name().strip(), desired.kind(), desired.sipdIdDaerah(),
                desired.fiscalYear(), desired.pricing(), desired.control(), desired.unitAliases(),
                desired.skpd().stream().sorted(java.util.Comparator.comparing(TenantSpec.Skpd::code)).toList(), desired.secrets(),
                desired.signatories(), desired.structure());
        if (desired.name() == null) {
            throw KendaException.usage("--name is required to create tenant " + req.code(), "e.g. --name 'Pemerintah Kota Batu'");
        }
        List<SpecValidator.Problem> problems = SpecValidator.check(desired);
        if (!problems.isEmpty()) {
            throw new KendaException(ExitCode.CONFIG, "invalid tenant spec: " + problems.get(0)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), "'kenda tenant validate FILE' lists every problem");
        }
        Secrets.requireResolvable(desired.secrets(), env);
        if (repo != null) {
            String name = desired.name();
            repo.codeWithName(name, req.code()).ifPresent(other -> {
                throw new KendaException(ExitCode.CONFIG, "the name '" + name + "' is already used by tenant " + other,
                        "give each region its own name");
            });
        }

        List<Change> changes = new ArrayList<>();
        if (existing == null) {
            changes.add(new Change("+", "tenant " + desired.code(), null, "'" + desired.name() + "' (" + desired.kind() + ", fiscal year " + desired.fiscalYear() + ")"));
        } else {
            TenantSpec e = existing.spec();
            diff(changes, "name", e.name(), desired.name());
            diff(changes, "kind", e.kind(), desired.kind());
            diff(changes, "fiscalYear", e.fiscalYear(), desired.fiscalYear());
            diff(changes, "sipdIdDaerah", e.sipdIdDaerah(), desired.sipdIdDaerah());
            Map<String, String> before = flatten(e.withDefaults().settings());
            Map<String, String> after = flatten(desired.settings());
            java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
            keys.addAll(after.keySet());
            for (String k : keys) {
                String b = before.get(k);
                String a = after.get(k);
                if (b == null) {
                    changes.add(new Change("+", k, null, a));
                } else if (a == null) {
                    changes.add(new Change("-", k, b, null));
                } else if (!a.equals(b)) {
                    changes.add(new Change("~", k, b, a));
                }
            }
        }
        Map<String, String> oldSkpd = new TreeMap<>();
        if (existing != null) {
            existing.spec().skpd().forEach(k -> oldSkpd.put(k.code(), k.name()));
        }
        for (TenantSpec.Skpd k : desired.skpd()) {
            String was = oldSkpd.remove(k.code());
            if (was == null) {
                changes.add(new Change("+", "skpd " + k.code(), null, k.name()));
            } else if (!was.equals(k.name())) {
                changes.add(new Change("~", "skpd " + k.code() + " name", was, k.name()));
            }
        }
        oldSkpd.forEach((code, name) -> changes.add(new Change("-", "skpd " + code, name, null)));
        if (!oldSkpd.isEmpty() && !req.allowRemoval() && repo != null) {
            for (Map.Entry<String, String> gone : oldSkpd.entrySet()) {
                TenantRepository.SkpdData data = repo.dataOf(req.code(), gone.getKey());
                if (!data.empty()) {
                    throw KendaException.data("the new SKPD list drops " + gone.getKey() + " (" + gone.getValue() + "), which holds "
                                    + data.describe() + "; nothing was changed",
                            "keep it in the --skpd file, or pass --allow-removal to drop it (its data stays stored)");
                }
            }
        }

        Path file = specFile(home, desired.code());
        String rendered = SpecFiles.render(desired);
        String onDisk = readQuietly(file);
        if (onDisk == null) {
            changes.add(new Change("+", "spec file " + file, null, null));
        } else if (!onDisk.equals(rendered)) {
            changes.add(new Change("~", "spec file " + file, "differs", "rewritten"));
        }
        return new Plan(desired.code(), existing == null, desired, changes, file);
    }

    /** Applies a plan: one transaction for the database, then the spec file. */
    public static void apply(Database db, Plan plan, String command) {
        if (plan.empty()) {
            return;
        }
        RunAudit audit = RunAudit.start(db, plan.code(), command, null);
        try {
            db.dsl().transaction(cfg -> {
                TenantRepository repo = new TenantRepository(cfg.dsl());
                TenantRepository.Stored existing = repo.find(plan.code()).orElse(null);
                TenantRepository.save(cfg.dsl(), plan.desired(), existing != null, existing == null ? List.of() : existing.spec().skpd());
            });
            SpecFiles.write(plan.specFile(), plan.desired());
            audit.finish(ExitCode.OK, plan.changes().size() + " changes");
        } catch (RuntimeException e) {
            audit.finish(ExitCode.SOFTWARE, "failed: " + e.getMessage());
            throw e;
        }
    }

    private static void diff(List<Change> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(before == null ? new Change("+", what, null, String.valueOf(after)) : new Change("~", what, String.valueOf(before), String.valueOf(after)));
        }
    }

    static Map<String, String> flatten(Object settings) {
        JsonNode n = TenantRepository.STORAGE.valueToTree(settings);
        Map<String, String> out = new LinkedHashMap<>();
        flatten("", n, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> out) {
        if (n == null || n.isNull()) {
            return;
        }
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            out.put(prefix, n.toString());
        } else if (n.isNumber()) {
            out.put(prefix, n.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.put(prefix, n.asText());
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return "";
        }
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
