package id.kenda.core;

/** Progress of a long operation: domain code reports counts, the command line decides whether to draw them. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(String what, long done) {
        }

        @Override
        public void done() {
        }
    };

    /** {@code done} units of {@code what} so far (cheap to call per row). */
    void update(String what, long done);

    /** The same, with the share of the whole done so far (0 to 1), or a negative number when the whole is not known. */
    default void update(String what, long done, double fraction) {
        update(what, done);
    }

    void done();
}
