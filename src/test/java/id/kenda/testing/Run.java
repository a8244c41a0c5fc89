package id.kenda.testing;

/** What a kenda run left behind: its exit code, stdout and stderr, kept apart. */
public record Run(int exit, String out, String err) {
    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
