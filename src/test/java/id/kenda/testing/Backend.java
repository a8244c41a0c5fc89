package id.kenda.testing;

/** The two databases every database test runs on. */
public enum Backend {
    H2, POSTGRES
}
