package id.kenda.db;

/** The one-writer lock of a database, released by {@link #close()} or by the death of the process. */
public interface WriterLock extends AutoCloseable {
    /** Who holds it now, for messages. */
    String holder();

    @Override
    void close();

    WriterLock NONE = new WriterLock() {
        @Override
        public String holder() {
            return "nobody";
        }

        @Override
        public void close() {
        }
    };
}
