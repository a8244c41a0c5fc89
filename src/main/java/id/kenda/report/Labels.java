package id.kenda.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The one catalogue of what HTML pages and workbooks say, in Indonesian (the default) and English:
 * labels from {@code labels_id.properties} / {@code labels_en.properties} beside this class, and
 * numbers, rupiah and dates as each language writes them. A key missing from the catalogue is a
 * programming error and fails at once (a test renders every report in both languages). JSON and
 * CSV do not use it: their field names are contracts for scripts.
 */
public final class Labels {
    /** The languages reports are written in. */
    public enum Lang {
        id, en;

        public static Optional<Lang> parse(String s) {
            for (Lang l : values()) {
                if (l.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return Optional.of(l);
                }
            }
            return Optional.empty();
        }
    }

    private static final Map<Lang, Labels> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties texts;
    private final DecimalFormatSymbols symbols;

    private Labels(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
        this.symbols = DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
        symbols.setGroupingSeparator(lang == Lang.id ? '.' : ',');
        symbols.setDecimalSeparator(lang == Lang.id ? ',' : '.');
    }

    public static synchronized Labels of(Lang lang) {
        return LOADED.computeIfAbsent(lang, l -> new Labels(l, load(l)));
    }

    static Properties load(Lang l) {
        String name = "labels_" + l.name() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys of a language's catalogue (for the test that both languages have the same). */
    public static Set<String> keys(Lang l) {
        return load(l).stringPropertyNames();
    }

    public Lang lang() {
        return lang;
    }

    /** The text for {@code key}, {@code {0}}, {@code {1}} ... replaced by {@code args}. */
    public String get(String key, Object... args) {
        String s = texts.getProperty(key);
        if (s == null) {
            throw new IllegalArgumentException("no label '" + key + "' in labels_" + lang + ".properties");
        }
        if (args.length == 0) {
            return s;
        }
        // one pass, so an argument that itself holds "{1}" (an item name, say) is never replaced again
        StringBuilder out = new StringBuilder(s.length() + 32);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int close = c == '{' ? s.indexOf('}', i) : -1;
            if (close > i + 1 && s.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(s.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : s.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A message said in this language: {@code msg.KEY} with its arguments, a nested {@link Text}
     * said the same way. {@code raw} is a text that has no key (said as it is).
     */
    public String text(id.kenda.core.Text t) {
        Object[] args = t.args().stream().map(a -> a instanceof id.kenda.core.Text n ? text(n) : a == null ? "" : a).toArray();
        return get("msg." + t.key(), args);
    }

    /** The label of a column, by its id. */
    public String column(String id) {
        return get("col." + id);
    }

    /** The header of a column: its label, or its id for a verbatim column. */
    public String header(Col c) {
        return c.verbatim() ? c.id() : column(c.id());
    }

    /** A band's name as offices say it ("sangat tinggi"). */
    public String band(String id) {
        return id == null || id.isEmpty() ? "" : get("band." + id);
    }

    public String month(int m) {
        return get("month." + m);
    }

    /** "30 Juni 2026". */
    public String date(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d.getMonthValue()) + " " + d.getYear();
    }

    /** "s.d. Juni 2026": the period a cumulative figure runs to. */
    public String upTo(int year, int month) {
        return get("period.upTo", month(month), year);
    }

    /** "Rp 173.046.624" (Indonesian) or "Rp 173,046,624"; cents only when there are any. */
    public String money(BigDecimal v) {
        if (v == null) {
            return "";
        }
        boolean whole = v.stripTrailingZeros().scale() <= 0;
        DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        String s = f.format(v.abs());
        return (v.signum() < 0 ? "-Rp " : "Rp ") + s;
    }

    /** "1.234" / "1,234". */
    public String count(Number v) {
        if (v == null) {
            return "";
        }
        return new DecimalFormat("#,##0", symbols).format(v);
    }

    /** "12,34" / "12.34": two decimals. */
    public String percent(BigDecimal v) {
        if (v == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.00", symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** A value as a person reads it, by what its column holds. */
    public String format(Col col, Object v) {
        ColumnType t = col.type();
        if (v == null) {
            return "";
        }
        if (t == ColumnType.MONEY && v instanceof BigDecimal b) {
            return money(b);
        }
        if (t == ColumnType.MONEY && v instanceof Number n) {
            return money(new BigDecimal(n.toString()));
        }
        if (t == ColumnType.PERCENT && v instanceof Number n) {
            return percent(new BigDecimal(n.toString()));
        }
        if (t == ColumnType.COUNT && v instanceof Number n) {
            return count(n);
        }
        if (t == ColumnType.BAND) {
            return band(v.toString());
        }
        if (t == ColumnType.TERM) {
            return get("term." + v);
        }
        if (t == ColumnType.FLAG) {
            return Boolean.TRUE.equals(v) ? get("flag." + col.id()) : "";
        }
        if (t == ColumnType.DATE && v instanceof LocalDate d) {
            return date(d);
        }
        return Cells.text(v);
    }
}
