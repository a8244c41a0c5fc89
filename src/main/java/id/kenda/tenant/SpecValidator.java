package id.kenda.tenant;

import id.kenda.domain.MandatorySpending;
import id.kenda.domain.Nip;
import id.kenda.domain.SkpdCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The semantic checks of a tenant spec; each problem names its field. Needs no database. */
public final class SpecValidator {
    private static final Set<String> QUARTERS = Set.of("q1", "q2", "q3", "q4");

    private SpecValidator() {
    }

    /** A problem in a spec: which field, and what is wrong with it. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field + ": " + message;
        }
    }

    public static List<Problem> check(TenantSpec s) {
        List<Problem> p = new ArrayList<>();
        if (s.code() == null) {
            p.add(new Problem("code", "missing"));
        } else {
            RegionCode.problem(s.code(), s.kind()).ifPresent(m -> p.add(new Problem("code", m)));
        }
        if (s.kind() != null && !s.kind().equals("kabupaten") && !s.kind().equals("kota")) {
            p.add(new Problem("kind", "'" + s.kind() + "' is not kabupaten or kota"));
        }
        nameProblem(s.name()).ifPresent(m -> p.add(new Problem("name", m)));
        if (s.fiscalYear() != null && (s.fiscalYear() < 2000 || s.fiscalYear() > 2100)) {
            p.add(new Problem("fiscalYear", s.fiscalYear() + " is not a plausible fiscal year (2000-2100)"));
        }
        if (s.sipdIdDaerah() != null && s.sipdIdDaerah() < 0) {
            p.add(new Problem("sipdIdDaerah", "must not be negative"));
        }
        if (s.pricing() != null) {
            TenantSpec.Pricing pr = s.pricing();
            if (pr.ppnRates() != null) {
                if (pr.ppnRates().isEmpty()) {
                    p.add(new Problem("pricing.ppnRates", "must list at least one rate"));
                }
                for (BigDecimal r : pr.ppnRates()) {
                    if (r == null || r.signum() < 0 || r.compareTo(BigDecimal.valueOf(100)) > 0) {
                        p.add(new Problem("pricing.ppnRates", r + " is not a percentage between 0 and 100"));
                    }
                }
            }
            if (pr.accountStyle() != null && !pr.accountStyle().equals("short") && !pr.accountStyle().equals("padded")) {
                p.add(new Problem("pricing.accountStyle", "'" + pr.accountStyle() + "' is not short (5.1.02.01.01.0024) or padded (5.1.02.01.001.00024)"));
            }
        }
        if (s.control() != null) {
            checkBands(s.control().bands(), p);
            TenantSpec.Critical c = s.control().critical();
            if (c != null) {
                percent("control.critical.early", c.early(), p);
                percent("control.critical.late", c.late(), p);
                percent("control.critical.split", c.split(), p);
            }
            if (s.control().rakLateShare() != null) {
                percent("control.rakLateShare", s.control().rakLateShare(), p);
            }
        }
        if (s.unitAliases() != null) {
            s.unitAliases().forEach((k, v) -> {
                if (k == null || k.isBlank() || v == null || v.isBlank()) {
                    p.add(new Problem("unitAliases", "aliases map a unit name to another, neither may be empty"));
                }
            });
        }
        if (s.skpd() != null) {
            Set<String> seen = new HashSet<>();
            int i = 0;
            for (TenantSpec.Skpd k : s.skpd()) {
                String f = "skpd[" + i++ + "]";
                if (k == null || k.code() == null || !SkpdCode.isValid(k.code())) {
                    p.add(new Problem(f + ".code", "'" + (k == null ? null : k.code()) + "' is not an SKPD code of 8 numeric segments, e.g. 1.02.0.00.0.00.01.0000"));
                } else if (!seen.add(k.code())) {
                    p.add(new Problem(f + ".code", k.code() + " is listed twice"));
                }
                if (k != null) {
                    nameProblem(k.name()).ifPresent(m -> p.add(new Problem(f + ".name", m)));
                }
            }
        }
        if (s.signatories() != null) {
            signatory("signatories.control", s.signatories().control(), p);
            signatory("signatories.budget", s.signatories().budget(), p);
        }
        if (s.structure() != null) {
            s.structure().forEach((id, o) -> MandatorySpending.problems(id, o).forEach(m -> {
                int colon = m.indexOf(": ");
                p.add(new Problem("structure." + id + m.substring(0, colon), m.substring(colon + 2)));
            }));
        }
        if (s.secrets() != null) {
            for (Map.Entry<String, String> e : s.secrets().entrySet()) {
                Secrets.referenceProblem(e.getValue()).ifPresent(m -> p.add(new Problem("secrets." + e.getKey(), m)));
            }
        }
        return p;
    }

    private static void signatory(String field, TenantSpec.Signatory s, List<Problem> p) {
        if (s == null) {
            return;
        }
        if (s.title() == null || s.title().isBlank()) {
            p.add(new Problem(field + ".title", "missing: the office that signs, e.g. Kepala Bappeda"));
        }
        if (s.name() == null || s.name().isBlank()) {
            p.add(new Problem(field + ".name", "missing: the official's full name as it is printed"));
        }
        Nip.problem(s.nip()).ifPresent(m -> p.add(new Problem(field + ".nip", m)));
    }

    static java.util.Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.of("the name is empty");
        }
        if (name.length() > 200) {
            return java.util.Optional.of("the name is longer than 200 characters");
        }
        if (name.codePoints().anyMatch(cp -> cp < 0x20 || cp == 0x7f)) {
            return java.util.Optional.of("the name contains control characters");
        }
        return java.util.Optional.empty();
    }

    private static void percent(String field, BigDecimal v, List<Problem> p) {
        if (v == null || v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            p.add(new Problem(field, v + " is not a number of percentage points between 0 and 100"));
        }
    }

    /** {@code quarterly-default}, or {@code {q1: [veryHigh, high, medium, low], ...}} with descending lower bounds. */
    private static void checkBands(TenantSpec.BandTable bands, List<Problem> p) {
        if (bands == null || bands.isPreset() && bands.preset().equals(TenantSpec.BandTable.QUARTERLY_DEFAULT)) {
            return;
        }
        if (bands.isPreset()) {
            p.add(new Problem("control.bands", "must be quarterly-default or a table {q1: [23, 20, 17, 13], q2: ..., q3: ..., q4: ...}"));
            return;
        }
        for (String q : QUARTERS) {
            if (!bands.quarters().containsKey(q)) {
                p.add(new Problem("control.bands." + q, "missing"));
            }
        }
        for (Map.Entry<String, List<BigDecimal>> e : bands.quarters().entrySet()) {
            String f = "control.bands." + e.getKey();
            if (!QUARTERS.contains(e.getKey())) {
                p.add(new Problem(f, "unknown quarter (use q1, q2, q3, q4)"));
                continue;
            }
            List<BigDecimal> v = e.getValue();
            if (v == null || v.size() != 4) {
                p.add(new Problem(f, "must list 4 lower bounds: very high, high, medium, low"));
                continue;
            }
            BigDecimal prev = null;
            for (BigDecimal b : v) {
                if (b == null) {
                    p.add(new Problem(f, "bounds must be numbers"));
                    break;
                }
                if (b.signum() < 0 || b.compareTo(BigDecimal.valueOf(100)) > 0 || prev != null && b.compareTo(prev) >= 0) {
                    p.add(new Problem(f, "bounds must descend strictly within 0-100"));
                    break;
                }
                prev = b;
            }
        }
    }
}
