package id.kenda.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stdout and stderr are terminals: colour and progress bars only appear on one. */
public record Terminal(boolean stdoutTty, boolean stderrTty) {
    public static final Terminal NONE = new Terminal(false, false);

    public static Terminal detect() {
        return new Terminal(isTty(1), isTty(2));
    }

    private static boolean isTty(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
