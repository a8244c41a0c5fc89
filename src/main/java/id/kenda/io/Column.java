package id.kenda.io;

import java.util.List;

/**
 * A column a reader looks for: its key, whether the file must have it, the header names that
 * mean it (matched after {@link Headers#normalise}), and whether it holds amounts.
 */
public record Column(String key, boolean required, boolean numeric, List<String> names) {

    public static Column required(String key, String... names) {
        return new Column(key, true, false, List.of(names));
    }

    public static Column optional(String key, String... names) {
        return new Column(key, false, false, List.of(names));
    }

    public Column amounts() {
        return new Column(key, required, true, names);
    }

    /** The name to show a person: the first, canonical one. */
    public String displayName() {
        return names.get(0);
    }
}
