package id.kenda.budget;

/** The validation rules: ids and severities are a contract that scripts and reports depend on (README, rule table). */
public enum Rule {
    ITEM_NOT_FOUND("item-not-found", Severity.ERROR),
    PRICE_ABOVE_SSH("price-above-ssh", Severity.ERROR),
    UNIT_MISMATCH("unit-mismatch", Severity.ERROR),
    ACCOUNT_NOT_ALLOWED("account-not-allowed", Severity.ERROR),
    TOTAL_MISMATCH("total-mismatch", Severity.ERROR),
    VOLUME_MISMATCH("volume-mismatch", Severity.ERROR),
    PPN_INVALID("ppn-invalid", Severity.WARNING),
    BAD_CODE("bad-code", Severity.ERROR),
    DUPLICATE_LINE("duplicate-line", Severity.WARNING),
    ITEM_RETIRED("item-retired", Severity.WARNING),
    PAGU_EXCEEDED("pagu-exceeded", Severity.ERROR),
    SKPD_UNKNOWN("skpd-unknown", Severity.ERROR),
    STAGE_MISMATCH("stage-mismatch", Severity.ERROR);

    public final String id;
    public final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    /** How serious a finding is; {@code --fail-on} compares against it. */
    public enum Severity {
        ERROR, WARNING;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
