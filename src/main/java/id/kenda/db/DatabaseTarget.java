package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;
import id.kenda.core.Settings;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Which database a run uses: the embedded H2 file in the kenda home, or a PostgreSQL URL.
 *
 * @param jdbcUrl the URL handed to the driver
 * @param display the same without secrets, for messages
 */
public record DatabaseTarget(String jdbcUrl, String display, boolean isPostgres) {

    /** H2 in PostgreSQL mode with lower-case names, so one schema and one set of jOOQ classes serve both. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[?&;]password=|//[^/@]*:[^/@]*@");

    public static DatabaseTarget resolve(Settings s) {
        if (s.dbUrl() == null || s.dbUrl().isBlank()) {
            return h2(s.home());
        }
        String url = s.dbUrl().trim();
        if (url.startsWith("jdbc:postgresql:")) {
            if (PASSWORD_IN_URL.matcher(url).find()) {
                throw new KendaException(ExitCode.CONFIG, "the database URL holds a password, which other users can read from the process list",
                        "remove it from the URL and set KENDA_DB_PASSWORD or KENDA_DB_PASSWORD_FILE instead");
            }
            return new DatabaseTarget(url, url, true);
        }
        if (url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./") || url.startsWith("jdbc:h2:/")) {
            String base = url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
            if (base.contains("AUTO_SERVER") || url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER")) {
                throw new KendaException(ExitCode.CONFIG, "H2 AUTO_SERVER is not supported", "use PostgreSQL for shared access");
            }
            boolean readOnly = url.toUpperCase(java.util.Locale.ROOT).contains(";ACCESS_MODE_DATA=R");
            return new DatabaseTarget(base + H2_OPTIONS + (readOnly ? ";ACCESS_MODE_DATA=r" : ""), base + (readOnly ? " (read-only)" : ""), false);
        }
        String scheme = url.contains(":") ? url.substring(0, Math.min(url.length(), url.indexOf(':', url.indexOf(':') + 1) + 1)) : "(no scheme)";
        throw new KendaException(ExitCode.USAGE, "unsupported database URL (scheme " + scheme + ")",
                "use jdbc:postgresql://HOST:PORT/DB, or leave --db unset for the embedded database in the kenda home");
    }

    public static DatabaseTarget h2(Path home) {
        String base = "jdbc:h2:file:" + home.toAbsolutePath().normalize().resolve("kenda");
        return new DatabaseTarget(base + H2_OPTIONS, base, false);
    }
}
