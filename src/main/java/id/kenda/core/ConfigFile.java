package id.kenda.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code $KENDA_HOME/config.yaml}: the defaults of a machine, below the command line and the
 * environment (flag > environment > file > built-in). Keys: {@code db}, {@code user},
 * {@code password} (a reference {@code ${env:NAME}} or {@code ${file:PATH}}, never a value),
 * {@code tenant}, {@code output}, {@code wait}, {@code lang}.
 */
public final class ConfigFile {
    /** The keys the file may hold, in the order {@code config show} lists them. */
    public static final List<String> KEYS = List.of("db", "user", "password", "tenant", "output", "wait", "lang");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):[^}]+}");

    private final Path file;
    private final Map<String, String> values;
    private final Map<String, Integer> lines;

    private ConfigFile(Path file, Map<String, String> values, Map<String, Integer> lines) {
        this.file = file;
        this.values = values;
        this.lines = lines;
    }

    public static Path pathIn(Path home) {
        return home.resolve("config.yaml");
    }

    /** The file of the home, or an empty one when there is none. */
    public static ConfigFile load(Path home) {
        Path file = pathIn(home);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return new ConfigFile(file, values, lines);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KendaException(ExitCode.CONFIG, "cannot read " + file + ": " + e.getMessage(), "fix its permissions or remove it");
        }
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new ConfigFile(file, values, lines);
            }
            if (t != JsonToken.START_OBJECT) {
                throw problem(file, p.currentLocation(), "is not a mapping of settings", null);
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentLocation().getLineNr();
                if (!KEYS.contains(key)) {
                    String near = Similar.nearest(key, KEYS);
                    throw problem(file, p.currentLocation(), "unknown setting '" + key + "'" + (near == null ? "" : "; did you mean '" + near + "'?"),
                            "known settings: " + String.join(", ", KEYS));
                }
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    throw problem(file, p.currentLocation(), "'" + key + "' must be a single value", null);
                }
                String value = v == JsonToken.VALUE_NULL ? null : p.getText().strip();
                if (key.equals("password") && value != null && !REFERENCE.matcher(value).matches()) {
                    throw new KendaException(ExitCode.CONFIG, file + ":" + line + ": 'password' holds a literal value, which the file must never contain",
                            "write a reference like ${env:KENDA_DB_PASSWORD} or ${file:/etc/kenda/db-password}");
                }
                if (value != null && !value.isEmpty()) {
                    values.put(key, value);
                    lines.put(key, line);
                }
            }
        } catch (JsonParseException e) {
            throw problem(file, e.getLocation(), "not valid YAML: " + String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse(""),
                    "fix the YAML syntax at that position");
        } catch (IOException e) {
            throw new KendaException(ExitCode.CONFIG, "cannot read " + file + ": " + e.getMessage(), null);
        }
        if (values.containsKey("lang") && !values.get("lang").equals("en")) {
            throw new KendaException(ExitCode.CONFIG, file + ":" + lines.get("lang") + ": lang '" + values.get("lang") + "' is not available",
                    "messages are in English with the domain's Indonesian terms (pagu, koefisien, realisasi): use lang: en");
        }
        return new ConfigFile(file, values, lines);
    }

    private static KendaException problem(Path file, JsonLocation at, String what, String hint) {
        String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new KendaException(ExitCode.CONFIG, file + where + ": " + what, hint == null ? "see 'Configuration' in the README" : hint);
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** The value of a key, or null. */
    public String get(String key) {
        return values.get(key);
    }

    /** Where a key was set: {@code /home/x/.kenda/config.yaml:3}. */
    public String origin(String key) {
        return file + ":" + lines.get(key);
    }
}
