package id.kenda.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Everything a run needs to know about where it works, resolved once from the command line
 * and the environment (command line first, then {@code KENDA_*} variables, then defaults).
 *
 * @param home     the kenda home directory ({@code KENDA_HOME}, default {@code ~/.kenda})
 * @param dbUrl    a JDBC URL, or null for the embedded H2 file in {@code home}
 * @param tenant   the tenant (region code) commands act on, or null
 * @param lockWait how long to wait for the writer lock (zero: fail at once)
 * @param env      the process environment (injected so tests can set it)
 * @param command  the command line as typed, for audit and lock-holder messages
 */
public record Settings(Path home, String dbUrl, String tenant, Duration lockWait, Map<String, String> env, String command) {
}
