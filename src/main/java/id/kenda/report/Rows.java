package id.kenda.report;

import java.util.Iterator;
import java.util.function.Function;

/**
 * Row sources for {@link Table#streamed}: items mapped to cells, lazily. A source backed by an
 * open cursor hands out iterators that are {@link AutoCloseable}; a renderer that stops early
 * (the workbook's width sample) closes them with {@link #close}.
 */
public final class Rows {
    private Rows() {
    }

    /** An iterator that can be closed before it is exhausted. */
    public interface ClosingIterator<T> extends Iterator<T>, AutoCloseable {
        @Override
        void close();
    }

    public static <T> Iterable<Object[]> map(Iterable<T> items, Function<T, Object[]> cells) {
        return () -> {
            Iterator<T> it = items.iterator();
            return new ClosingIterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Object[] next() {
                    return cells.apply(it.next());
                }

                @Override
                public void close() {
                    Rows.close(it);
                }
            };
        };
    }

    /** Closes an iterator that holds a resource; does nothing to others. */
    public static void close(Iterator<?> it) {
        if (it instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close a row source", e);
            }
        }
    }
}
