package id.kenda.pricelist;

import java.util.Locale;
import java.util.Optional;

/**
 * The four kinds (kelompok) of standard prices, numbered as in SIPD: 1 SSH (unit prices of goods
 * and services), 2 HSPK (composite activity prices), 3 ASB (activity cost standards), 4 SBU
 * (general cost standards: honoraria, travel).
 */
public enum Kind {
    ssh(1), hspk(2), asb(3), sbu(4);

    public final int number;

    Kind(int number) {
        this.number = number;
    }

    /** From a kind cell: {@code 1}-{@code 4} or the name, any case. */
    public static Optional<Kind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.strip().toLowerCase(Locale.ROOT);
        for (Kind k : values()) {
            if (v.equals(k.name()) || v.equals(String.valueOf(k.number)) || v.equals(k.number + ".0")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** From a file name such as {@code export_excel_sbu_Kota_Batu.xlsx}: a kind word between separators. */
    public static Optional<Kind> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (Kind k : values()) {
            if (n.matches("(^|.*[^a-z])" + k.name() + "([^a-z].*|$)")) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
