package id.kenda.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import id.kenda.domain.MandatorySpending;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's desired state, as written in {@code $KENDA_HOME/tenants/CODE.yaml} and taken by
 * {@code tenant provision --config}. Every field may be absent in a file; {@link #withDefaults()}
 * fills what a new tenant needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "name", "kind", "sipdIdDaerah", "fiscalYear", "pricing", "control", "structure", "unitAliases", "skpd", "secrets",
    "signatories"})
public record TenantSpec(String code, String name, String kind, Integer sipdIdDaerah, Integer fiscalYear,
                         Pricing pricing, Control control, Map<String, String> unitAliases, List<Skpd> skpd,
                         Map<String, String> secrets, Signatories signatories, Map<String, MandatorySpending.Override> structure) {

    /** A spec without structure overrides. */
    public TenantSpec(String code, String name, String kind, Integer sipdIdDaerah, Integer fiscalYear, Pricing pricing, Control control,
                      Map<String, String> unitAliases, List<Skpd> skpd, Map<String, String> secrets, Signatories signatories) {
        this(code, name, kind, sipdIdDaerah, fiscalYear, pricing, control, unitAliases, skpd, secrets, signatories, null);
    }

    /** A spec without signatories. */
    public TenantSpec(String code, String name, String kind, Integer sipdIdDaerah, Integer fiscalYear, Pricing pricing, Control control,
                      Map<String, String> unitAliases, List<Skpd> skpd, Map<String, String> secrets) {
        this(code, name, kind, sipdIdDaerah, fiscalYear, pricing, control, unitAliases, skpd, secrets, null, null);
    }

    /**
     * Who signs the forms kenda writes: {@code control} the control reports (e.g. Kepala Bappeda),
     * {@code budget} the validation reports (e.g. Ketua TAPD). Either may be absent: its block is omitted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"control", "budget"})
    public record Signatories(Signatory control, Signatory budget) {
    }

    /** An official: title (jabatan), full name with degrees, NIP (18 digits), and the place the form is signed in. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"title", "name", "nip", "place"})
    public record Signatory(String title, String name, String nip, String place) {
    }

    /** Whether SSH prices include PPN, which PPN rates are allowed, how account codes are shown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"sshIncludesPpn", "ppnRates", "accountStyle"})
    public record Pricing(Boolean sshIncludesPpn, List<BigDecimal> ppnRates, String accountStyle) {
        public static final Pricing DEFAULT = new Pricing(false, List.of(BigDecimal.ZERO, BigDecimal.valueOf(11), BigDecimal.valueOf(12)), "short");
    }

    /**
     * Control settings: the colour bands, the critical-contract thresholds, and the share of a RAK
     * row's year total (percent) above which its October-December months are flagged (rak-late).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bands", "critical", "rakLateShare"})
    public record Control(BandTable bands, Critical critical, BigDecimal rakLateShare) {
        public static final BigDecimal DEFAULT_RAK_LATE_SHARE = BigDecimal.valueOf(50);
        public static final Control DEFAULT = new Control(BandTable.DEFAULT, Critical.DEFAULT, DEFAULT_RAK_LATE_SHARE);

        public Control(BandTable bands, Critical critical) {
            this(bands, critical, null);
        }
    }

    /**
     * {@code control.bands}: the preset {@code quarterly-default}, or per quarter ({@code q1} ...
     * {@code q4}) the lower bounds of very high, high, medium and low. Read as written, whatever its
     * shape, so that {@link SpecValidator} can name what is wrong: a value that is neither text nor a
     * table becomes a preset that is not one, a quarter that is not a list becomes null, a bound that
     * is not a number a null bound. Written back in the same two forms.
     */
    public record BandTable(String preset, Map<String, List<BigDecimal>> quarters) {
        public static final String QUARTERLY_DEFAULT = "quarterly-default";
        public static final BandTable DEFAULT = new BandTable(QUARTERLY_DEFAULT, null);

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static BandTable fromJson(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                return new BandTable(n.isTextual() ? n.asText() : n.toString(), null);
            }
            Map<String, List<BigDecimal>> q = new java.util.LinkedHashMap<>();
            n.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                List<BigDecimal> bounds = null;
                if (v.isArray()) {
                    bounds = new java.util.ArrayList<>();
                    for (JsonNode b : v) {
                        bounds.add(b.isNumber() ? b.decimalValue() : null);
                    }
                }
                q.put(e.getKey(), bounds);
            });
            return new BandTable(null, q);
        }

        @JsonValue
        Object toJson() {
            return preset != null ? preset : quarters;
        }

        public boolean isPreset() {
            return preset != null;
        }

        /** As {@code tenant show} prints it: the preset, or the table as compact JSON. */
        @Override
        public String toString() {
            if (preset != null) {
                return preset;
            }
            StringBuilder sb = new StringBuilder("{");
            quarters.forEach((k, v) -> {
                if (sb.length() > 1) {
                    sb.append(',');
                }
                sb.append('"').append(k).append("\":");
                sb.append(v == null ? "null" : "[" + String.join(",", v.stream().map(b -> b == null ? "null" : b.toPlainString()).toList()) + "]");
            });
            return sb.append('}').toString();
        }
    }

    /** Critical when physical progress is more than {@code early} points behind at a plan up to {@code split} %, {@code late} above. */
    @JsonPropertyOrder({"early", "late", "split"})
    public record Critical(BigDecimal early, BigDecimal late, BigDecimal split) {
        public static final Critical DEFAULT = new Critical(BigDecimal.TEN, BigDecimal.valueOf(5), BigDecimal.valueOf(70));
    }

    /** An agency (SKPD) of the region. */
    @JsonPropertyOrder({"code", "name"})
    public record Skpd(String code, String name) {
    }

    /** The spec with every setting present: defaults where it says nothing. */
    public TenantSpec withDefaults() {
        Pricing p = pricing == null ? Pricing.DEFAULT : new Pricing(
                pricing.sshIncludesPpn() == null ? Pricing.DEFAULT.sshIncludesPpn() : pricing.sshIncludesPpn(),
                pricing.ppnRates() == null ? Pricing.DEFAULT.ppnRates() : pricing.ppnRates(),
                pricing.accountStyle() == null ? Pricing.DEFAULT.accountStyle() : pricing.accountStyle());
        Control c = control == null ? Control.DEFAULT : new Control(
                control.bands() == null ? Control.DEFAULT.bands() : control.bands(),
                control.critical() == null ? Critical.DEFAULT : control.critical(),
                control.rakLateShare() == null ? Control.DEFAULT_RAK_LATE_SHARE : control.rakLateShare());
        return new TenantSpec(code, name, kind == null && code != null && RegionCode.problem(code, null).isEmpty() ? RegionCode.kindOf(code) : kind,
                sipdIdDaerah, fiscalYear, p, c, unitAliases == null ? Map.of() : unitAliases, skpd, secrets == null ? Map.of() : secrets, signatories,
                structure);
    }

    /** The codes of the agency list (empty when the tenant has none). */
    @JsonIgnore
    public Set<String> skpdCodes() {
        Set<String> out = new HashSet<>();
        if (skpd != null) {
            skpd.forEach(k -> out.add(k.code()));
        }
        return out;
    }

    /** The settings part that {@code --from} copies and the database keeps as JSON. */
    public Settings settings() {
        return new Settings(pricing, control, unitAliases, secrets, signatories, structure);
    }

    /** Settings stored with the tenant row. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"pricing", "control", "unitAliases", "secrets", "signatories", "structure"})
    public record Settings(Pricing pricing, Control control, Map<String, String> unitAliases, Map<String, String> secrets,
                           Signatories signatories, Map<String, MandatorySpending.Override> structure) {
    }
}
