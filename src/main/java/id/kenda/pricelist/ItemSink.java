package id.kenda.pricelist;

import id.kenda.db.Database;
import id.kenda.domain.Texts;
import org.jooq.Field;
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

import static id.kenda.db.schema.Tables.SSH_ITEM;

/**
 * Writes items into {@code ssh_item} as fast as each database allows: batched inserts committed
 * every {@value #COMMIT_EVERY} rows on H2 (rows of a revision that is not registered yet, which
 * readers never see and the next writer removes if this run dies), {@code COPY} through the
 * driver's CopyManager on PostgreSQL, inside the caller's transaction. No per-row round trips.
 * The caller runs with auto-commit off, and commits or rolls back.
 */
abstract class ItemSink implements AutoCloseable {
    static final int BATCH = 1000;
    static final int COMMIT_EVERY = 10_000;

    static final List<Field<?>> COLUMNS = List.of(SSH_ITEM.TENANT_ID, SSH_ITEM.REVISION_ID, SSH_ITEM.ITEM_KEY, SSH_ITEM.ITEM_CODE,
            SSH_ITEM.SIPD_ID, SSH_ITEM.GROUP_CODE, SSH_ITEM.GROUP_NAME, SSH_ITEM.NAME, SSH_ITEM.SPEC, SSH_ITEM.UNIT, SSH_ITEM.PRICE,
            SSH_ITEM.ACCOUNTS, SSH_ITEM.ACCOUNTS_NORM, SSH_ITEM.KIND, SSH_ITEM.TKDN, SSH_ITEM.PDN, SSH_ITEM.SEARCH_TEXT, SSH_ITEM.SOURCE_LINE);

    abstract void add(String tenant, int revision, PriceItem item) throws SQLException;

    /** Sends what is buffered; afterwards the connection takes other statements again. */
    abstract void endLoad() throws SQLException;

    @Override
    public abstract void close() throws SQLException;

    static ItemSink open(Database db, boolean dryRun) throws SQLException {
        return db.isPostgres() ? new Copy(db) : new Batch(db, dryRun);
    }

    static Object[] values(String tenant, int revision, PriceItem i) {
        return new Object[] {tenant, revision, i.key(), i.code(), i.sipdId(), i.groupCode(), truncate(i.groupName(), 600),
            truncate(i.name(), 1000), truncate(i.spec(), 4000), truncate(i.unit(), 100), i.price(),
            i.accounts().isEmpty() ? null : truncate(String.join(",", i.accounts()), 2000),
            i.accountsNorm().isEmpty() ? null : truncate(String.join(",", i.accountsNorm()), 2000),
            i.kind().name(), i.tkdn(), i.pdn(),
            truncate(Texts.fold((i.code() == null ? "" : i.code()) + " " + i.name() + " " + i.spec()), 5200), i.line()};
    }

    private static String truncate(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    /** H2: one prepared insert, executed in batches, committed every few thousand rows. */
    private static final class Batch extends ItemSink {
        private final Connection c;
        private final PreparedStatement ps;
        private final boolean dryRun;
        private int pending;
        private int uncommitted;

        Batch(Database db, boolean dryRun) throws SQLException {
            this.c = db.connection();
            this.dryRun = dryRun;
            String sql = db.dsl().insertInto(SSH_ITEM, COLUMNS).values(COLUMNS.stream().map(f -> (Object) DSL.param(f.getName(), f.getDataType())).toList()).getSQL();
            this.ps = c.prepareStatement(sql);
        }

        @Override
        void add(String tenant, int revision, PriceItem item) throws SQLException {
            Object[] v = values(tenant, revision, item);
            for (int i = 0; i < v.length; i++) {
                Object o = v[i];
                if (o == null) {
                    ps.setNull(i + 1, COLUMNS.get(i).getDataType().getSQLType());
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
        void endLoad() throws SQLException {
            flush();
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    /** PostgreSQL: one COPY ... FROM STDIN (CSV) for all rows. */
    private static final class Copy extends ItemSink {
        private final CopyIn copy;
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private boolean ended;

        Copy(Database db) throws SQLException {
            Connection c = db.connection();
            String cols = String.join(", ", COLUMNS.stream().map(Field::getName).toList());
            this.copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY ssh_item (" + cols + ") FROM STDIN WITH (FORMAT csv)");
        }

        @Override
        void add(String tenant, int revision, PriceItem item) throws SQLException {
            Object[] v = values(tenant, revision, item);
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object o = v[i];
                if (o == null) {
                    continue;
                }
                if (o instanceof String s) {
                    sb.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else if (o instanceof BigDecimal d) {
                    sb.append(d.toPlainString());
                } else {
                    sb.append(o);
                }
            }
            sb.append('\n');
            if (sb.length() > 60_000) {
                send();
            }
        }

        private void send() throws SQLException {
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(b, 0, b.length);
            sb.setLength(0);
        }

        @Override
        void endLoad() throws SQLException {
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
