package id.kenda.core;

/** The exit codes of the README's table: a contract scripts depend on. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int CHANGES_PENDING = 2;
    public static final int USAGE = 64;
    public static final int DATA = 65;
    public static final int NO_INPUT = 66;
    public static final int UNAVAILABLE = 69;
    public static final int SOFTWARE = 70;
    public static final int CANT_CREATE = 73;
    public static final int IO = 74;
    public static final int BUSY = 75;
    public static final int PERMISSION = 77;
    public static final int CONFIG = 78;

    private ExitCode() {
    }
}
