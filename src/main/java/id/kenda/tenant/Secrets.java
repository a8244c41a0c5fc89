package id.kenda.tenant;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in a spec are references, never values: {@code ${env:NAME}} or {@code ${file:PATH}}.
 * Messages name the reference, never what it resolves to.
 */
public final class Secrets {
    private static final Pattern REF = Pattern.compile("\\$\\{(env|file):([^}]+)}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Secrets() {
    }

    /** Why a secret value is not an acceptable reference (without repeating the value). */
    public static Optional<String> referenceProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("empty; write a reference like ${env:KENDA_BATU_DB_PASSWORD}");
        }
        Matcher m = REF.matcher(value.strip());
        if (!m.matches()) {
            return Optional.of("holds a literal value, which a spec must never contain; write a reference like ${env:NAME} or ${file:/path}");
        }
        if (m.group(1).equals("env") && !ENV_NAME.matcher(m.group(2)).matches()) {
            return Optional.of("'" + m.group(2) + "' is not an environment variable name");
        }
        return Optional.empty();
    }

    /** Checks that every reference resolves (the variable is set, the file readable), without reading values into output. */
    public static void requireResolvable(Map<String, String> secrets, Map<String, String> env) {
        for (Map.Entry<String, String> e : secrets.entrySet()) {
            Matcher m = REF.matcher(e.getValue().strip());
            if (!m.matches()) {
                throw new KendaException(ExitCode.CONFIG, "secrets." + e.getKey() + " " + referenceProblem(e.getValue()).orElse("is invalid"), null);
            }
            if (m.group(1).equals("env")) {
                String v = env.get(m.group(2));
                if (v == null || v.isEmpty()) {
                    throw new KendaException(ExitCode.CONFIG, "secrets." + e.getKey() + " refers to the environment variable " + m.group(2) + ", which is not set",
                            "export " + m.group(2) + " before running kenda");
                }
            } else {
                Path p = Path.of(m.group(2));
                if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                    throw new KendaException(ExitCode.CONFIG, "secrets." + e.getKey() + " refers to the file " + p + ", which is missing or unreadable",
                            "create the file (mode 0600) or fix the path");
                }
            }
        }
    }
}
