package id.kenda.db;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Identifies this process to a second run that finds the lock taken: pid, host, command, start time. */
public record LockHolder(long pid, String host, String command, Instant since) {

    public static LockHolder current(String command) {
        return new LockHolder(ProcessHandle.current().pid(), hostName(), command,
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()).truncatedTo(ChronoUnit.SECONDS));
    }

    public static String hostName() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }

    public String describe() {
        return "pid " + pid + " on " + host + " ('" + command + "', since " + since + ")";
    }
}
