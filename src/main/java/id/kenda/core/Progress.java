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

    void done();
}
