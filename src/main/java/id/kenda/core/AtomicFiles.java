package id.kenda.core;

import id.kenda.core.ExitCode;
import id.kenda.core.KendaException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Output files are written beside their target under a temporary name and renamed into place,
 * so a reader never sees half a file and a failed run leaves the old file as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes a file's content to a temporary path. */
    @FunctionalInterface
    public interface Producer {
        void write(Path temp) throws IOException;
    }

    /** Writes through an output stream. */
    @FunctionalInterface
    public interface StreamProducer {
        void write(OutputStream out) throws IOException;
    }

    public static void writeStream(Path target, boolean privateMode, StreamProducer producer) {
        write(target, privateMode, temp -> {
            try (OutputStream out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                producer.write(out);
            }
        });
    }

    public static void write(Path target, boolean privateMode, Producer producer) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": the directory " + dir + " does not exist",
                    "create the directory first or choose another path");
        }
        if (Files.isDirectory(abs)) {
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": it is a directory", "name a file");
        }
        Path temp = dir.resolve("." + abs.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(temp);
            if (privateMode) {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            producer.write(temp);
            try {
                Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (AccessDeniedException e) {
            deleteQuietly(temp);
            throw new KendaException(ExitCode.CANT_CREATE, "cannot create " + target + ": permission denied", "choose a writable directory", e);
        } catch (IOException e) {
            deleteQuietly(temp);
            String m = String.valueOf(e.getMessage());
            int code = m.contains("No space left") ? ExitCode.IO : ExitCode.CANT_CREATE;
            throw new KendaException(code, "cannot write " + target + ": " + m, code == ExitCode.IO ? "free disk space and retry" : null, e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort: a leftover temp file is hidden and named for this pid
        }
    }
}
