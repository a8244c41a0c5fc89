package id.kenda.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Months as Pemda files write them: {@code 1}..{@code 12}, Indonesian names ({@code Januari},
 * {@code Agt}), and dates that a spreadsheet typed as serial day numbers ({@code 46023} is
 * 2026-01-01 in Excel's 1900 date system).
 */
public final class Months {
    /** Indonesian month names, January first. */
    public static final List<String> NAMES = List.of("januari", "februari", "maret", "april", "mei", "juni",
            "juli", "agustus", "september", "oktober", "november", "desember");
    private static final List<String> SHORT = List.of("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov", "des");
    /** Day 0 of Excel's 1900 date system as it counts (its phantom 29 February 1900 included). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial numbers from 2000-01-01 to 2099-12-31: a plain number in that range is a typed date. */
    private static final int FIRST_SERIAL = 36526;
    private static final int LAST_SERIAL = 73050;

    private Months() {
    }

    /** The month (1-12) an Indonesian name or abbreviation stands for ({@code Agustus}, {@code agt}, {@code AGS}), or 0. */
    public static int byName(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int i = NAMES.indexOf(t);
        if (i < 0) {
            i = SHORT.indexOf(t);
        }
        if (i < 0 && (t.equals("agt") || t.equals("ags"))) {
            i = 7;
        }
        return i + 1;
    }

    /** The date a spreadsheet's serial day number stands for, or null when the number is not a plausible date (before 2000, after 2099). */
    public static LocalDate excelSerial(String text) {
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.length() != 5 || !t.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n < FIRST_SERIAL || n > LAST_SERIAL ? null : EXCEL_EPOCH.plusDays(n);
    }
}
