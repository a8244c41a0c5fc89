package id.kenda.io;

import id.kenda.core.Text;

/** A cell that should hold an amount and does not; the message says why in a person's words. */
public final class AmountException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Text text;

    public AmountException(String message) {
        this(message, null);
    }

    /** A problem with its message key, so reports can say it in their language; {@code message} is the English. */
    public AmountException(String message, Text text) {
        super(message, null, false, false);
        this.text = text;
    }

    /** The problem as a key and arguments ({@code msg.amount.*}); a plain text when it has none. */
    public Text text() {
        return text != null ? text : Text.of("raw", getMessage());
    }
}
