package id.kenda.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A civil servant's NIP (Nomor Induk Pegawai): 18 digits, birth date YYYYMMDD, appointment
 * YYYYMM, sex 1 (male) or 2 (female), serial of 3 digits. Written with or without the spaces
 * forms print between the parts ({@code 19700101 199503 1 001}).
 */
public final class Nip {
    private Nip() {
    }

    /** The digits of a NIP written with spaces. */
    public static String digits(String nip) {
        return nip == null ? null : nip.replace(" ", "");
    }

    /** A NIP as forms print it, {@code 19700101 199503 1 001}; as given when it is not 18 digits. */
    public static String printed(String nip) {
        String d = digits(nip);
        if (d == null) {
            return "";
        }
        return d.length() == 18 ? d.substring(0, 8) + " " + d.substring(8, 14) + " " + d.charAt(14) + " " + d.substring(15) : d;
    }

    /** What is wrong with a NIP, empty when it is one. */
    public static Optional<String> problem(String nip) {
        String d = digits(nip);
        if (d == null || d.isEmpty()) {
            return Optional.of("missing: the official's NIP, 18 digits");
        }
        if (!d.matches("\\d{18}")) {
            return Optional.of("'" + nip + "' is not a NIP: it has 18 digits (birth date YYYYMMDD, appointment YYYYMM, sex 1/2, serial 3 digits)");
        }
        LocalDate born;
        try {
            born = LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of("'" + nip + "' is not a NIP: digits 1-8 (" + d.substring(0, 8) + ") are not a birth date YYYYMMDD");
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(d.substring(8, 12)), Integer.parseInt(d.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("'" + nip + "' is not a NIP: digits 9-14 (" + d.substring(8, 14) + ") are not an appointment month YYYYMM");
        }
        if (!appointed.isAfter(YearMonth.from(born))) {
            return Optional.of("'" + nip + "' is not a NIP: the appointment (" + appointed + ") is not after the birth date (" + born + ")");
        }
        char sex = d.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of("'" + nip + "' is not a NIP: digit 15 is " + sex + ", and it is 1 (male) or 2 (female)");
        }
        return Optional.empty();
    }
}
