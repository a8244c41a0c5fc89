package id.kenda.db;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Loads rows into a table as fast as each database allows: batched inserts committed every
 * {@value #COMMIT_EVERY} rows on H2 (rows of a revision that is not registered yet, which readers
 * never see and the next writer removes if this run dies), {@code COPY} through the driver's
 * CopyManager on PostgreSQL, inside the caller's transaction. No per-row round trips, no per-row
 * metadata lookups. The caller runs with auto-commit off, and commits or rolls back.
 */
public abstract class BulkLoader implements AutoCloseable {
    static final int BATCH = 1000;
    static final int COMMIT_EVERY = 10_000;

    /** One row's values, in the order of the columns the loader was opened with. */
    public abstract void add(Object[] values) throws SQLException;

    /** Sends what is buffered; afterwards the connection takes other statements again. */
    public abstract void endLoad() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    public static BulkLoader open(Database db, Table<?> table, List<Field<?>> columns, boolean dryRun) throws SQLException {
        return db.isPostgres() ? new Copy(db, table, columns) : new Batch(db, table, columns, dryRun);
    }

    /** Cuts text to a column's length (names of up to 600 characters and more occur in real files). */
    public static String truncate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    /** The text cut to the column's length as the migrations define it (read from the generated schema, never repeated here). */
    public static String fit(Field<String> column, String s) {
        int n = column.getDataType().length();
        return n <= 0 ? s : truncate(s, n);
    }

    /** H2: one prepared insert, executed in batches, committed every few thousand rows. */
    private static final class Batch extends BulkLoader {
        private final Connection c;
        private final PreparedStatement ps;
        private final int[] sqlTypes;
        private final boolean dryRun;
        private int pending;
        private int uncommitted;

        Batch(Database db, Table<?> table, List<Field<?>> columns, boolean dryRun) throws SQLException {
            this.c = db.connection();
            this.dryRun = dryRun;
            this.sqlTypes = columns.stream().mapToInt(f -> f.getDataType().getSQLType()).toArray();
            @SuppressWarnings({"unchecked", "rawtypes"})
            String sql = db.dsl().insertInto((Table) table, (List) columns)
                    .values(columns.stream().map(f -> (Object) DSL.param(f.getName(), f.getDataType())).toList()).getSQL();
            this.ps = c.prepareStatement(sql);
        }

        @Override
        public void add(Object[] v) throws SQLException {
            for (int i = 0; i < v.length; i++) {
                Object o = v[i];
                if (o == null) {
                    ps.setNull(i + 1, sqlTypes[i]);
                } else if (o instanceof String s) {
                    ps.setString(i + 1, s);
                } else if (o instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (o instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (o instanceof BigDecimal d) {
                    ps.setBigDecimal(i + 1, d);
                } else if (o instanceof Boolean b) {
                    ps.setBoolean(i + 1, b);
                } else if (o instanceof byte[] b) {
                    ps.setBytes(i + 1, b);
                } else {
                    ps.setObject(i + 1, o, Types.OTHER);
                }
            }
            ps.addBatch();
            if (++pending >= BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                uncommitted += pending;
                pending = 0;
                if (!dryRun && uncommitted >= COMMIT_EVERY) {
                    c.commit();
                    uncommitted = 0;
                }
            }
        }

        @Override
        public void endLoad() throws SQLException {
            flush();
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    /**
     * PostgreSQL: one COPY ... FROM STDIN (CSV) for all rows, written as UTF-8 bytes straight into a
     * buffer sent every 64 KB. A string is quoted only when COPY needs it: when empty (unquoted empty
     * is NULL), when it holds the delimiter, a quote or a line break, or when it is the end marker.
     */
    private static final class Copy extends BulkLoader {
        private static final int SEND_AT = 1 << 16;
        private final CopyIn copy;
        private byte[] out = new byte[SEND_AT + 1024];
        private int n;
        private boolean ended;

        Copy(Database db, Table<?> table, List<Field<?>> columns) throws SQLException {
            Connection c = db.connection();
            String cols = String.join(", ", columns.stream().map(Field::getName).toList());
            this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table.getName() + " (" + cols + ") FROM STDIN WITH (FORMAT csv)");
        }

        @Override
        public void add(Object[] v) throws SQLException {
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    put((byte) ',');
                }
                Object o = v[i];
                if (o == null) {
                    continue;
                }
                if (o instanceof String s) {
                    text(s.getBytes(StandardCharsets.UTF_8));
                } else if (o instanceof BigDecimal d) {
                    ascii(d.toPlainString());
                } else if (o instanceof byte[] b) {
                    // bytea's hex input form; a backslash is plain text in COPY's CSV format
                    ascii("\\x");
                    ascii(java.util.HexFormat.of().formatHex(b));
                } else if (o instanceof Integer || o instanceof Long) {
                    ascii(o.toString());
                } else {
                    text(o.toString().getBytes(StandardCharsets.UTF_8));
                }
            }
            put((byte) '\n');
            if (n >= SEND_AT) {
                send();
            }
        }

        private void text(byte[] b) {
            boolean quote = b.length == 0 || (b.length == 2 && b[0] == '\\' && b[1] == '.');
            int quotes = 0;
            for (byte x : b) {
                if (x == '"') {
                    quotes++;
                } else if (x == ',' || x == '\n' || x == '\r') {
                    quote = true;
                }
            }
            if (!quote && quotes == 0) {
                room(b.length);
                System.arraycopy(b, 0, out, n, b.length);
                n += b.length;
                return;
            }
            room(b.length + quotes + 2);
            out[n++] = '"';
            for (byte x : b) {
                out[n++] = x;
                if (x == '"') {
                    out[n++] = '"';
                }
            }
            out[n++] = '"';
        }

        /** Text known to be ASCII with nothing to quote: numbers and hex. */
        private void ascii(String s) {
            room(s.length());
            for (int i = 0; i < s.length(); i++) {
                out[n++] = (byte) s.charAt(i);
            }
        }

        private void put(byte b) {
            room(1);
            out[n++] = b;
        }

        private void room(int more) {
            if (n + more > out.length) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + more));
            }
        }

        private void send() throws SQLException {
            if (n > 0) {
                copy.writeToCopy(out, 0, n);
                n = 0;
            }
        }

        @Override
        public void endLoad() throws SQLException {
            send();
            copy.endCopy();
            ended = true;
        }

        @Override
        public void close() throws SQLException {
            if (!ended && copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
