package id.kenda.budget;

import id.kenda.core.Progress;
import id.kenda.db.Revisions;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import static id.kenda.db.schema.Tables.PRICE_INDEX;

/**
 * The stored copy of a year's {@link PriceIndex} (table {@code price_index}): building the index
 * reads every item of the year's revisions, loading the copy reads a few rows of 1 MB. The copy is
 * used only when its key, a digest of the year's SSH revisions (id, status, checksum, rows, times),
 * the tenant's unit aliases and the index's format, equals the key of the database as it is now;
 * any import, activation or removal of a revision changes the key, and the next run rebuilds the
 * index and replaces the copy. The key also holds a fingerprint of the code the index depends on
 * (the hashing, folding and unit normalisation, the kinds), so an upgraded kenda never reads a copy
 * an older one wrote. A head row (part -1) holds the key and the part count, every part carries
 * the key, and the whole a CRC-32 checked with every count bounded, so a damaged copy is rebuilt
 * too, never trusted; the transaction keeps a copy being replaced invisible until it is whole.
 *
 * <p>Storing is best effort: a database that refuses the write (a read-only home or user, two
 * runs storing at once) costs the next run a rebuild, never this one a failure.
 */
final class PriceIndexStore {
    static final int PART_BYTES = 1 << 20;
    /** The part number of the head row, which holds the key and the part count. */
    static final int HEAD = -1;

    private final DSLContext dsl;
    private final String tenant;
    private final int year;
    private final Map<String, String> unitAliases;

    PriceIndexStore(DSLContext dsl, String tenant, int year, Map<String, String> unitAliases) {
        this.dsl = dsl;
        this.tenant = tenant;
        this.year = year;
        this.unitAliases = unitAliases == null ? Map.of() : unitAliases;
    }

    /** The year's index, read from its copy when current, else built ({@code store}: and stored for the next run). */
    PriceIndex load(Progress progress, Consumer<String> notice, boolean store) {
        List<Revisions.Info> revisions = new Revisions(dsl, tenant).list(Revisions.Dataset.SSH, year, null);
        String key = key(revisions, unitAliases);
        PriceIndex stored = read(key, notice);
        if (stored != null) {
            notice.accept("price index of " + year + ": " + stored.size() + " items read from its stored copy");
            return stored;
        }
        PriceIndex built = PriceIndex.load(dsl, tenant, year, unitAliases, progress);
        if (!store) {
            notice.accept("price index of " + year + ": built from " + built.size() + " items (a dry run stores nothing)");
            return built;
        }
        try {
            int parts = write(key, built);
            notice.accept("price index of " + year + ": built from " + built.size() + " items, stored in " + parts + " parts");
        } catch (DataAccessException e) {
            notice.accept("price index of " + year + ": built from " + built.size() + " items, not stored (" + e.getMessage() + ")");
        }
        return built;
    }

    /** What the index is built from, as a digest: equal keys mean an equal index. */
    static String key(List<Revisions.Info> revisions, Map<String, String> unitAliases) {
        StringBuilder sb = new StringBuilder("price-index ").append(PriceIndex.FORMAT).append(' ').append(PriceIndex.codeFingerprint()).append('\n');
        for (Revisions.Info r : revisions) {
            sb.append(r.id()).append(' ').append(r.status()).append(' ').append(r.sourceSha256()).append(' ').append(r.rows())
                    .append(' ').append(r.createdAt()).append(' ').append(r.activatedAt()).append('\n');
        }
        // lengths first, so that no two alias maps write the same text
        new TreeMap<>(unitAliases).forEach((k, v) -> sb.append("alias ").append(k.length()).append(':').append(k).append('=').append(v).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored index of {@code key}, or null when there is none, it is of another key, or it does not read back whole. */
    private PriceIndex read(String key, Consumer<String> notice) {
        try {
            return readParts(key);
        } catch (DataAccessException e) {
            notice.accept("price index: its stored copy cannot be read (" + e.getMessage() + "); building it");
            return null;
        }
    }

    private PriceIndex readParts(String key) {
        var first = dsl.select(PRICE_INDEX.PARTS, PRICE_INDEX.INDEX_KEY).from(PRICE_INDEX)
                .where(PRICE_INDEX.TENANT_ID.eq(tenant), PRICE_INDEX.FISCAL_YEAR.eq(year), PRICE_INDEX.PART.eq(HEAD)).fetchOne();
        if (first == null || !key.equals(first.value2())) {
            return null;
        }
        int parts = first.value1();
        In in = new In(parts, part -> part >= parts ? null : dsl.select(PRICE_INDEX.DATA).from(PRICE_INDEX)
                .where(PRICE_INDEX.TENANT_ID.eq(tenant), PRICE_INDEX.FISCAL_YEAR.eq(year), PRICE_INDEX.PART.eq(part),
                        PRICE_INDEX.INDEX_KEY.eq(key))
                .fetchOne(PRICE_INDEX.DATA));
        try {
            PriceIndex idx = PriceIndex.readFrom(in, unitAliases);
            return in.checkEnd() ? idx : null;
        } catch (RuntimeException e) {
            // a damaged copy: counts out of range, lists of unequal length, a short part
            return null;
        }
    }

    /**
     * Replaces the year's stored index in one transaction; returns the number of parts. Each part
     * is inserted as soon as it is full (never the whole index in memory twice: 1,000,000 items are
     * about 75 MB); the head row (part -1, no data) with the part count goes in last.
     */
    private int write(String key, PriceIndex idx) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int[] parts = {0};
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(PRICE_INDEX).where(PRICE_INDEX.TENANT_ID.eq(tenant), PRICE_INDEX.FISCAL_YEAR.eq(year)).execute();
            Out out = new Out(part -> insert(tx, parts[0]++, 0, key, now, part));
            idx.writeTo(out);
            out.finish();
            insert(tx, HEAD, parts[0], key, now, new byte[0]);
        });
        return parts[0];
    }

    private void insert(DSLContext tx, int part, int parts, String key, OffsetDateTime now, byte[] data) {
        tx.insertInto(PRICE_INDEX)
                .set(PRICE_INDEX.TENANT_ID, tenant).set(PRICE_INDEX.FISCAL_YEAR, year)
                .set(PRICE_INDEX.PART, part).set(PRICE_INDEX.PARTS, parts)
                .set(PRICE_INDEX.INDEX_KEY, key).set(PRICE_INDEX.BUILT_AT, now)
                .set(PRICE_INDEX.DATA, data).execute();
    }

    /** Big-endian values into parts of {@link #PART_BYTES}, each handed on when full; a CRC-32 of everything ends the last. */
    static final class Out {
        private final Consumer<byte[]> sink;
        private final CRC32 crc = new CRC32();
        private ByteBuffer buf = ByteBuffer.allocate(PART_BYTES);

        Out(Consumer<byte[]> sink) {
            this.sink = sink;
        }

        private void room(int n) {
            if (buf.remaining() < n) {
                flush();
            }
        }

        private void flush() {
            byte[] part = new byte[buf.position()];
            buf.flip().get(part);
            crc.update(part);
            sink.accept(part);
            buf.clear();
        }

        void put(byte b) {
            room(1);
            buf.put(b);
        }

        void putInt(int v) {
            room(4);
            buf.putInt(v);
        }

        void putLong(long v) {
            room(8);
            buf.putLong(v);
        }

        /** Many values at once, in bulk copies of up to a part. */
        void putLongs(long[] a, int n) {
            for (int i = 0; i < n; ) {
                room(8);
                int k = Math.min(n - i, buf.remaining() / 8);
                buf.asLongBuffer().put(a, i, k);
                buf.position(buf.position() + k * 8);
                i += k;
            }
        }

        void putInts(int[] a, int n) {
            for (int i = 0; i < n; ) {
                room(4);
                int k = Math.min(n - i, buf.remaining() / 4);
                buf.asIntBuffer().put(a, i, k);
                buf.position(buf.position() + k * 4);
                i += k;
            }
        }

        void putStrings(List<String> list) {
            putInt(list.size());
            for (String s : list) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                putInt(b.length);
                for (byte x : b) {
                    put(x);
                }
            }
        }

        void finish() {
            if (buf.remaining() < 8) {
                flush();
            }
            crc.update(buf.array(), 0, buf.position());
            buf.putLong(crc.getValue());
            byte[] part = new byte[buf.position()];
            buf.flip().get(part);
            sink.accept(part);
        }
    }

    /** Reads what {@link Out} wrote, fetching parts as it goes (null: no such part). */
    static final class In {
        private final java.util.function.IntFunction<byte[]> parts;
        private final long maxBytes;
        private final CRC32 crc = new CRC32();
        private int next;
        private ByteBuffer buf = ByteBuffer.allocate(0);

        /** {@code count} parts at most: no count read from them may ask for more bytes than they can hold. */
        In(int count, java.util.function.IntFunction<byte[]> parts) {
            this.parts = parts;
            this.maxBytes = (long) count * PART_BYTES;
        }

        private int count(int n, int size) {
            if (n < 0 || (long) n * size > maxBytes) {
                throw new IllegalStateException("a count of " + n + " does not fit the stored parts");
            }
            return n;
        }

        private void need(int n) {
            if (buf.remaining() >= n) {
                return;
            }
            if (buf.remaining() != 0) {
                throw new IllegalStateException("a value spans two parts");
            }
            crc.update(buf.array(), 0, buf.limit());
            byte[] part = parts.apply(next++);
            if (part == null) {
                throw new IllegalStateException("part " + (next - 1) + " is missing");
            }
            buf = ByteBuffer.wrap(part);
            if (buf.remaining() < n) {
                throw new IllegalStateException("part " + (next - 1) + " is short");
            }
        }

        byte get() {
            need(1);
            return buf.get();
        }

        int getInt() {
            need(4);
            return buf.getInt();
        }

        long getLong() {
            need(8);
            return buf.getLong();
        }

        int[] getInts(int n) {
            int[] a = new int[count(n, 4)];
            for (int i = 0; i < n; ) {
                need(4);
                int k = Math.min(n - i, buf.remaining() / 4);
                buf.asIntBuffer().get(a, i, k);
                buf.position(buf.position() + k * 4);
                i += k;
            }
            return a;
        }

        long[] getLongs(int n) {
            long[] a = new long[count(n, 8)];
            for (int i = 0; i < n; ) {
                need(8);
                int k = Math.min(n - i, buf.remaining() / 8);
                buf.asLongBuffer().get(a, i, k);
                buf.position(buf.position() + k * 8);
                i += k;
            }
            return a;
        }

        List<String> getStrings() {
            int n = count(getInt(), 4);
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                byte[] b = new byte[count(getInt(), 1)];
                for (int j = 0; j < b.length; j++) {
                    b[j] = get();
                }
                list.add(new String(b, StandardCharsets.UTF_8));
            }
            return list;
        }

        /** Whether the rest is exactly the CRC of everything read, and no part follows. */
        boolean checkEnd() {
            if (buf.remaining() == 0) {
                need(8); // the writer put the CRC in a part of its own when the last one was full
            }
            if (buf.remaining() != 8) {
                return false;
            }
            crc.update(buf.array(), 0, buf.position());
            return buf.getLong() == crc.getValue() && parts.apply(next) == null;
        }
    }
}
