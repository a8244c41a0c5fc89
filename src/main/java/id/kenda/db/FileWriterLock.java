package id.kenda.db;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * An OS file lock beside the embedded H2 database. The kernel drops it when the process dies,
 * so a killed run never leaves a stale lock. The file's text names the holder.
 */
final class FileWriterLock implements WriterLock {
    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder me;

    private FileWriterLock(FileChannel channel, FileLock lock, LockHolder me) {
        this.channel = channel;
        this.lock = lock;
        this.me = me;
    }

    static WriterLock acquire(Path file, Duration wait, String command, Consumer<String> notice) {
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new KendaException(ExitCode.PERMISSION, "cannot open the lock file " + file + ": permission denied",
                    "run as the user that owns the kenda home, or fix its permissions");
        } catch (IOException e) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create the lock file " + file + ": " + e.getMessage(),
                    "check that the kenda home is writable and the disk is not full");
        }
        LockHolder me = LockHolder.current(command);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean told = false;
        try {
            while (true) {
                FileLock l = tryLock(ch);
                if (l != null) {
                    writeHolder(ch, me);
                    return new FileWriterLock(ch, l, me);
                }
                String holder = readHolder(ch);
                if (System.nanoTime() >= deadline) {
                    ch.close();
                    throw busy(holder, wait);
                }
                if (!told) {
                    notice.accept("waiting up to " + id.kenda.core.Durations.format(wait)
                            + " for the database lock held by " + holder);
                    told = true;
                }
                Thread.sleep(200);
                if (id.kenda.core.Interrupts.stoppedBy() != 0 || checkSignal(ch)) {
                    id.kenda.core.Interrupts.check();
                }
            }
        } catch (IOException e) {
            closeQuietly(ch);
            throw new KendaException(ExitCode.IO, "cannot use the lock file " + file + ": " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(ch);
            throw new KendaException(ExitCode.BUSY, "interrupted while waiting for the database lock", null);
        }
    }

    /** Who holds the lock, or null when it is free (or the file does not exist yet). */
    static String probe(Path file) {
        if (!java.nio.file.Files.exists(file)) {
            return null;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock l = tryLock(ch);
            if (l != null) {
                l.release();
                return null;
            }
            return readHolder(ch);
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Closes the channel before a signal unwinds the wait. */
    private static boolean checkSignal(FileChannel ch) {
        try {
            id.kenda.core.Interrupts.check();
            return false;
        } catch (KendaException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    static KendaException busy(String holder, Duration wait) {
        String waited = wait.isZero() ? "" : " after waiting " + id.kenda.core.Durations.format(wait);
        return new KendaException(ExitCode.BUSY, "the database is busy" + waited + ": another kenda run holds the lock: " + holder,
                "retry later, or pass --wait 5m to wait for it");
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            return ch.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static void writeHolder(FileChannel ch, LockHolder me) throws IOException {
        byte[] text = (me.pid() + "\n" + me.host() + "\n" + me.since() + "\n" + me.command() + "\n").getBytes(StandardCharsets.UTF_8);
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(text), 0);
        ch.force(false);
    }

    private static String readHolder(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4096);
        int n = ch.read(buf, 0);
        if (n <= 0) {
            return "an unknown process";
        }
        String[] parts = new String(buf.array(), 0, n, StandardCharsets.UTF_8).split("\n", 4);
        if (parts.length < 4) {
            return "an unknown process";
        }
        return "pid " + parts[0] + " on " + parts[1] + " ('" + parts[3].strip() + "', since " + parts[2] + ")";
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing a lock file we could not use: nothing left to do
        }
    }

    @Override
    public String holder() {
        return me.describe();
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException ignored) {
            // the kernel releases the lock with the channel anyway
        }
        closeQuietly(channel);
    }
}
