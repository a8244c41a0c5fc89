package id.kenda.io;

import id.kenda.core.Interrupts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A table's rows read, and mapped, on a second thread ahead of the thread that uses them:
 * decoding, parsing and reading the fields of a budget file take about half of a validation,
 * and run beside the checks on a second core. Rows arrive in file order, in batches of {@value #BATCH} through a queue of
 * {@value #QUEUED} batches (so at most about {@value #IN_FLIGHT} rows are held), and a failure of
 * the reader (a decoding error, a repeated header, an interrupt) reaches the consumer after the
 * rows before it, exactly where a single thread would have met it. The result of whatever
 * consumes the rows is therefore the same on one thread or two; {@link #threads()} chooses.
 *
 * <p>Close it (try-with-resources) before closing the reader: closing stops the reading thread
 * and waits for it.
 */
public final class Prefetch<T> implements Iterable<T>, AutoCloseable {
    static final int BATCH = 64;
    static final int QUEUED = 4;
    static final int IN_FLIGHT = BATCH * (QUEUED + 2);
    private static final List<Object> END = List.of();

    private final Iterable<Row> source;
    private final Function<Row, T> map;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile boolean closed;

    /** A failure of the reading thread, handed over in its place in the stream. */
    private record Failure(Throwable error) {
    }

    private Prefetch(Iterable<Row> source, Function<Row, T> map, boolean threaded) {
        this.source = source;
        this.map = map;
        if (threaded) {
            thread = new Thread(this::produce, "kenda-reader");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /**
     * Each row of {@code source} as {@code map} makes it, read and mapped ahead on a second thread
     * when {@link #threads()} is more than one. {@code map} must depend on the row alone (and on
     * state only it touches): it runs on the reading thread.
     */
    public static <T> Prefetch<T> of(Iterable<Row> source, Function<Row, T> map) {
        return new Prefetch<>(source, map, threads() > 1);
    }

    /** {@link #of(Iterable, Function)} on one thread or two. */
    public static <T> Prefetch<T> of(Iterable<Row> source, Function<Row, T> map, boolean threaded) {
        return new Prefetch<>(source, map, threaded);
    }

    /**
     * Threads a pipeline may use: the system property {@code kenda.threads} when set (1 turns
     * read-ahead off, e.g. {@code JAVA_OPTS=-Dkenda.threads=1}), else the available processors.
     */
    public static int threads() {
        Integer set = Integer.getInteger("kenda.threads");
        return set != null && set > 0 ? set : Runtime.getRuntime().availableProcessors();
    }

    private void produce() {
        List<T> batch = new ArrayList<>(BATCH);
        Object last = END;
        try {
            for (Row r : source) {
                batch.add(map.apply(r));
                if (batch.size() == BATCH) {
                    if (!put(batch)) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (RuntimeException | Error e) {
            last = new Failure(e);
        }
        if (!batch.isEmpty() && !put(batch)) {
            return;
        }
        put(last);
    }

    /** Hands a batch on, waiting for room; false once the consumer has closed. */
    private boolean put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    @Override
    public Iterator<T> iterator() {
        if (thread == null) {
            Iterator<Row> rows = source.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public T next() {
                    return map.apply(rows.next());
                }
            };
        }
        return new Iterator<>() {
            private List<T> batch = new ArrayList<>();
            private int at;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!done && at == batch.size()) {
                    Object next = take();
                    if (next instanceof Failure f) {
                        done = true;
                        if (f.error() instanceof RuntimeException re) {
                            throw re;
                        }
                        throw (Error) f.error();
                    }
                    @SuppressWarnings("unchecked")
                    List<T> rows = (List<T>) next;
                    if (rows == END) {
                        done = true;
                    }
                    batch = rows;
                    at = 0;
                }
                return at < batch.size();
            }

            @Override
            public T next() {
                Interrupts.check();
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(at++);
            }
        };
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rows", e);
        }
    }

    /** Stops the reading thread (if it is still reading) and waits for it to finish. */
    @Override
    public void close() {
        closed = true;
        if (thread == null) {
            return;
        }
        while (thread.isAlive()) {
            queue.clear();
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
