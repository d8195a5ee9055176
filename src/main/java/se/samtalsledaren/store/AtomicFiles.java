package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import se.samtalsledaren.library.FileNames;

/** Writes files so that a crash at any instant leaves either the old or the new complete file. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code bytes} to a temporary file in the target's directory, forces it to disk and
     * moves it over {@code target} atomically.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false);
    }

    /**
     * Like {@link #write(Path, byte[])} for files meant to be shared (case files, library files):
     * a new file is readable by everyone (rw-r--r--) and a replaced one keeps its permissions.
     * Other files stay readable by their owner only, as temporary files are created.
     */
    public static void writeShared(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    /**
     * Like {@link #write(Path, byte[])}, but the target's folder must exist: it is never created.
     * For files whose folder the user chose (a session file on a USB stick or a network share):
     * a folder that has gone away is reported ({@link NoSuchFileException} naming the target), not
     * made again on the local disk where nobody would look for the file.
     */
    public static void writeInExistingFolder(Path target, byte[] bytes) throws IOException {
        write(target, bytes, false, false);
    }

    private static void write(Path target, byte[] bytes, boolean shared) throws IOException {
        write(target, bytes, shared, true);
    }

    private static void write(Path target, byte[] bytes, boolean shared, boolean createFolder) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (createFolder) {
                Files.createDirectories(dir);
            } else if (!Files.isDirectory(dir)) {
                throw Files.exists(dir) ? new NotDirectoryException(target.toString())
                        : new NoSuchFileException(target.toString(), null, "the folder " + dir + " does not exist");
            }
            tmp = Files.createTempFile(dir, tempPrefix(target), ".tmp");
            if (shared) {
                keepReadable(tmp, target);
            } else {
                keepPermissions(target, tmp);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            moveIntoPlace(tmp, target, dir);
        } catch (FileSystemException e) {
            throw naming(e, target);
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Copies {@code source} to {@code target} the same way: streamed into a temporary file in the
     * target's folder (created when missing), forced to disk and moved into place.
     */
    public static void copy(Path source, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, tempPrefix(target), ".tmp");
        try {
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            moveIntoPlace(tmp, target, dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Moves a complete temporary file over {@code target} atomically and makes the rename durable. */
    private static void moveIntoPlace(Path tmp, Path target, Path dir) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(dir);
    }

    /**
     * The temporary file is hidden and has a name of its own; a failure to create, write or move
     * it is reported with the target's name, which the user knows, keeping the reason.
     */
    static FileSystemException naming(FileSystemException e, Path target) {
        String prefix = tempPrefix(target);
        if (!isTemporary(e.getFile(), prefix) && !isTemporary(e.getOtherFile(), prefix)) {
            return e;
        }
        String file = target.toString();
        String reason = e.getReason();
        FileSystemException renamed;
        if (e instanceof AccessDeniedException) {
            renamed = new AccessDeniedException(file, null, reason);
        } else if (e instanceof NoSuchFileException) {
            renamed = new NoSuchFileException(file, null, reason);
        } else if (e instanceof FileAlreadyExistsException) {
            renamed = new FileAlreadyExistsException(file, null, reason);
        } else if (e instanceof NotDirectoryException) {
            renamed = new NotDirectoryException(file);
        } else {
            renamed = new FileSystemException(file, null, reason);
        }
        renamed.initCause(e);
        return renamed;
    }

    private static boolean isTemporary(String file, String prefix) {
        if (file == null) {
            return false;
        }
        try {
            Path name = Path.of(file).getFileName();
            return name != null && name.toString().startsWith(prefix) && name.toString().endsWith(".tmp");
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Room the temporary file's name needs beyond its prefix: a random number and ".tmp". */
    private static final int TEMP_SUFFIX_BYTES = 32;

    /**
     * The beginning of the names of {@code target}'s temporary files: a dot, the target's name
     * (cut short so that the whole temporary name stays within {@link FileNames#MAX_NAME_BYTES}) and a dot.
     */
    static String tempPrefix(Path target) {
        String name = target.getFileName().toString();
        int room = FileNames.MAX_NAME_BYTES - TEMP_SUFFIX_BYTES - 2;
        return "." + FileNames.truncateUtf8(name, room) + ".";
    }

    /**
     * A replaced file keeps its permissions; a new one stays readable by its owner only (session
     * notes are personal data), as temporary files are created.
     */
    private static void keepPermissions(Path target, Path tmp) {
        try {
            if (Files.exists(target)) {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): files inherit the folder's permissions there.
        }
    }

    /**
     * Removes temporary files that a write to {@code target} left behind when its process was
     * killed mid-write, if they are older than {@code olderThan}. Returns how many went.
     */
    public static int removeLeftovers(Path target, java.time.Instant olderThan) {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = tempPrefix(target);
        int removed = 0;
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : s) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(olderThan) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // Leftovers are harmless; the next save tries again.
        }
        return removed;
    }

    /**
     * Removes the temporary files that writes into {@code dir} left behind when their process
     * was killed mid-write ({@code .NAME.NUMBER.tmp}), if older than {@code olderThan}. Only for
     * folders that hold nothing but what the app writes (backups, the recovery area). Returns how
     * many went.
     */
    public static int removeLeftoversIn(Path dir, java.time.Instant olderThan) {
        int removed = 0;
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : s) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(olderThan) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // Leftovers are harmless; the next start tries again.
        }
        return removed;
    }

    /** A replaced file keeps its permissions and a new one gets rw-r--r--. */
    static void keepReadable(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory for syncing (Windows); the rename itself is atomic.
        }
    }
}
