package id.kenda.cli;

import id.kenda.report.Labels;
import id.kenda.report.Report;
import id.kenda.tenant.TenantSpec;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/**
 * {@code --lang}: the language of the reports people read (HTML and XLSX); JSON and CSV keep
 * their field names. Also turns a tenant's signatory into the report's signature block.
 */
public final class LangOption {
    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "id",
            description = "language of HTML and XLSX reports: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Labels.Lang lang = Labels.Lang.id;

    public Labels labels() {
        return Labels.of(lang);
    }

    /**
     * The signature block for {@code who} (control or budget) signing on {@code date}; the place is
     * the signatory's, else the other signatory's, else none. Null when the tenant names no one.
     */
    public Report.Signature signature(TenantSpec spec, boolean control, LocalDate date) {
        TenantSpec.Signatories s = spec.signatories();
        if (s == null) {
            return null;
        }
        TenantSpec.Signatory who = control ? s.control() : s.budget();
        TenantSpec.Signatory other = control ? s.budget() : s.control();
        if (who == null) {
            return null;
        }
        String place = who.place() != null ? who.place() : other == null ? null : other.place();
        return Report.Signature.of(place, date, who.title(), who.name(), who.nip(), labels());
    }
}
