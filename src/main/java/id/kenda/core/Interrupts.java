package id.kenda.core;

/**
 * SIGTERM and SIGINT (Ctrl-C) ask a run to stop; long loops call {@link #check()} and unwind
 * through their normal failure path (roll back, remove temporary files, release the lock), and
 * the process then exits 143 (SIGTERM) or 130 (SIGINT). A run that does not stop within a grace
 * period is halted; the database's own transactions keep the data consistent even then.
 */
public final class Interrupts {
    public static final int SIGINT_EXIT = 130;
    public static final int SIGTERM_EXIT = 143;
    private static final long GRACE_MILLIS = 15_000;
    private static volatile int requested;
    private static volatile boolean honoured;

    private Interrupts() {
    }

    /** Installs the handlers (the real process only; tests run in-process without them). */
    public static void install() {
        handle("TERM", SIGTERM_EXIT);
        handle("INT", SIGINT_EXIT);
    }

    @SuppressWarnings("removal")
    private static void handle(String name, int exit) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                if (requested != 0) {
                    Runtime.getRuntime().halt(exit);
                }
                requested = exit;
                Thread watchdog = new Thread(() -> {
                    try {
                        Thread.sleep(GRACE_MILLIS);
                    } catch (InterruptedException ignored) {
                        return;
                    }
                    Runtime.getRuntime().halt(exit);
                }, "kenda-signal-watchdog");
                watchdog.setDaemon(true);
                watchdog.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException ignored) {
            // the platform does not offer this signal: the JVM's default handling applies
        }
    }

    /** The exit code of a signal that stopped the run, or 0 (also when the run finished before it looked). */
    public static int stoppedBy() {
        return honoured ? requested : 0;
    }

    /** Throws when a signal asked the run to stop. Cheap enough to call per row. */
    public static void check() {
        int r = requested;
        if (r != 0) {
            honoured = true;
            throw new KendaException(r, (r == SIGINT_EXIT ? "interrupted (SIGINT)" : "terminated (SIGTERM)")
                    + ": the run stopped; nothing it was importing was kept", null);
        }
    }
}
