package id.kenda.core;

/**
 * The one exception type that carries an exit code and a message meant for a person:
 * what went wrong, where, and (in {@link #hint()}) how to fix it.
 */
public class KendaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String hint;

    public KendaException(int exitCode, String message) {
        this(exitCode, message, null, null);
    }

    public KendaException(int exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public KendaException(int exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public int exitCode() {
        return exitCode;
    }

    public String hint() {
        return hint;
    }

    public static KendaException usage(String message, String hint) {
        return new KendaException(ExitCode.USAGE, message, hint);
    }

    public static KendaException data(String message, String hint) {
        return new KendaException(ExitCode.DATA, message, hint);
    }

    public static KendaException config(String message, String hint) {
        return new KendaException(ExitCode.CONFIG, message, hint);
    }
}
