package id.kenda.io;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Matches a header row to the wanted columns, forgiving about case, spacing, underscores and {@code (...)}. */
public final class Headers {
    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern PARENS = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("[\\s_]+");

    private Headers() {
    }

    /** {@code " Harga Satuan (Rp) "} and {@code harga_satuan} both become {@code "harga satuan"}. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String s = FORMAT.matcher(Normalizer.normalize(header, Normalizer.Form.NFKC)).replaceAll("");
        s = PARENS.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** How many header cells name a wanted column: the delimiter detector's score. */
    public static int score(List<String> header, List<Column> columns) {
        Map<String, String> byName = names(columns);
        int n = 0;
        for (String h : header) {
            if (byName.containsKey(normalise(h))) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> names(List<Column> columns) {
        Map<String, String> byName = new HashMap<>();
        for (Column c : columns) {
            for (String name : c.names()) {
                byName.put(normalise(name), c.key());
            }
        }
        return byName;
    }

    /**
     * Resolves each wanted column to its 0-based index in the header; refuses missing required
     * columns (saying which were expected and which were found) and columns given twice.
     */
    public static Map<String, Integer> resolve(String file, int line, List<String> header, List<Column> columns) {
        Map<String, String> byName = names(columns);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = byName.get(normalise(header.get(i)));
            if (key == null) {
                continue;
            }
            Integer before = index.putIfAbsent(key, i);
            if (before != null) {
                throw new KendaException(ExitCode.DATA, file + ":" + line + ": column '" + header.get(i).strip() + "' (column " + (i + 1)
                        + ") means the same as '" + header.get(before).strip() + "' (column " + (before + 1) + ")",
                        "remove or rename one of the two columns");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : columns) {
            if (c.required() && !index.containsKey(c.key())) {
                missing.add(c.displayName());
            }
        }
        if (!missing.isEmpty()) {
            List<String> found = new ArrayList<>();
            header.forEach(h -> found.add(h.strip()));
            throw new KendaException(ExitCode.DATA, file + ":" + line + ": missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; found: " + (found.isEmpty() ? "(nothing)" : String.join(", ", found)),
                    "the header row must name these columns (matching ignores case, spaces and '(...)')");
        }
        return index;
    }
}
