package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Database credentials from the environment ({@code KENDA_DB_USER}, {@code KENDA_DB_PASSWORD})
 * or a password file ({@code KENDA_DB_PASSWORD_FILE}): never from an argument that {@code ps} shows.
 * The password is never echoed.
 */
record Credentials(String user, String password) {

    static Credentials resolve(Map<String, String> env) {
        String user = blankToNull(env.get("KENDA_DB_USER"));
        String password = env.get("KENDA_DB_PASSWORD");
        String file = blankToNull(env.get("KENDA_DB_PASSWORD_FILE"));
        if (password == null && file != null) {
            try {
                password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new KendaException(ExitCode.CONFIG, "cannot read the password file named by KENDA_DB_PASSWORD_FILE (" + file + ")",
                        "check that the file exists and is readable by this user");
            }
        }
        return new Credentials(user, password);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
