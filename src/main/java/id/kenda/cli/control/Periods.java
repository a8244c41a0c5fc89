package id.kenda.cli.control;

import id.kenda.core.KendaException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting period {@code YYYY-MM}. */
record Periods(int year, int month) {
    private static final Pattern P = Pattern.compile("([0-9]{4})-([0-9]{2})");

    static Periods parse(String s) {
        Matcher m = P.matcher(s == null ? "" : s.strip());
        if (!m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12) {
            throw KendaException.usage("--period '" + s + "' is not YYYY-MM", "e.g. --period 2026-08");
        }
        return new Periods(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    String text() {
        return String.format("%d-%02d", year, month);
    }
}
