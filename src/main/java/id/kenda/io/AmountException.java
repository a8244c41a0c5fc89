package id.kenda.io;

/** A cell that should hold an amount and does not; the message says why in a person's words. */
public final class AmountException extends Exception {
    private static final long serialVersionUID = 1L;

    public AmountException(String message) {
        super(message, null, false, false);
    }
}
