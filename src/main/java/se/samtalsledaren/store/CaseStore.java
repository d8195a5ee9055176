package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.FileNames;
import se.samtalsledaren.library.ImportPlan;
import se.samtalsledaren.model.Case;

/** Writes case files into library folders, atomically, in the format {@link CaseFormat} reads. */
public final class CaseStore {
    private final CaseFormat format;

    public CaseStore(CaseFormat format) {
        this.format = format;
    }

    public void save(Path file, Case value) throws IOException {
        AtomicFiles.writeShared(file, format.write(value));
    }

    /**
     * Writes an import's files into {@code folder}, all or nothing. Every name is checked first
     * (one path component, a name every common system can hold, at most
     * {@link FileNames#MAX_NAME_BYTES} UTF-8 bytes); then every file is written into a hidden
     * staging folder inside {@code folder}, which also tries each name on the folder's own file
     * system, and forced to disk; only then are the files moved into place one by one (a replaced
     * file is moved aside first). If anything fails, what was moved in is taken out again, the
     * replaced files are put back and the staging folder is removed: the folder is as before.
     * A new file is readable by everyone (rw-r--r--); a replaced one keeps its permissions.
     *
     * @return the paths written, in order
     * @throws IOException naming the file and what is wrong (a name that cannot be used, a failed write)
     */
    public List<Path> importInto(Path folder, List<ImportPlan.Write> writes) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Messages messages = format.messages();
        List<Path> targets = new ArrayList<>();
        for (ImportPlan.Write w : writes) {
            Path target = dir.resolve(w.fileName()).normalize();
            if (!dir.equals(target.getParent())) {
                throw new IOException("refusing to write outside " + folder + ": " + w.fileName());
            }
            Optional<FileNames.Problem> bad = FileNames.unportable(w.fileName());
            if (bad.isPresent()) {
                throw new IOException(messages.get("importNameUnusable", w.fileName(), folder,
                        messages.get(bad.get().key(), bad.get().args())));
            }
            targets.add(target);
        }
        List<byte[]> contents = writes.stream().map(w -> format.write(w.value())).toList();
        Path staging = Files.createTempDirectory(dir, STAGING_PREFIX);
        removeStaleStaging(dir, staging);
        List<Path> movedIn = new ArrayList<>();
        List<Path[]> movedAside = new ArrayList<>();
        try {
            for (int i = 0; i < writes.size(); i++) {
                Path staged = staging.resolve(writes.get(i).fileName());
                try {
                    writeForced(staged, contents.get(i), targets.get(i));
                } catch (FileSystemException e) {
                    // E.g. "File name too long" where the folder's file system allows fewer bytes than most.
                    throw new IOException(messages.get("importWriteFailed", writes.get(i).fileName(), folder,
                            e.getReason() == null ? e.getClass().getSimpleName() : e.getReason()), e);
                }
            }
            for (int i = 0; i < writes.size(); i++) {
                Path target = targets.get(i);
                if (writes.get(i).replaces() && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = staging.resolve(".replaced-" + i);
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                    movedAside.add(new Path[] {aside, target});
                }
                // Never over a file that appeared meanwhile without the user's "Ersätt".
                Files.move(staging.resolve(writes.get(i).fileName()), target, StandardCopyOption.ATOMIC_MOVE);
                movedIn.add(target);
            }
            AtomicFiles.syncDirectory(dir);
        } catch (IOException | RuntimeException e) {
            undo(movedIn, movedAside, e);
            throw e;
        } finally {
            deleteTree(staging);
        }
        return targets;
    }

    private static final String STAGING_PREFIX = ".import-";
    /** A staging folder this old belongs to an import whose process was killed. */
    private static final java.time.Duration STALE_STAGING = java.time.Duration.ofHours(1);

    /**
     * Removes the staging folders of imports that were killed midway (they hold only copies):
     * those an hour older than this import's, by the folder's own file system's clock.
     */
    private static void removeStaleStaging(Path dir, Path current) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
            java.time.Instant now = Files.getLastModifiedTime(current).toInstant();
            for (Path p : s) {
                java.time.Instant modified = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
                if (!p.equals(current) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && modified.plus(STALE_STAGING).isBefore(now)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            // A hidden leftover folder; the library lists case files only.
        }
    }

    /** Takes out what an import moved in and puts the replaced files back. */
    private static void undo(List<Path> movedIn, List<Path[]> movedAside, Exception failure) {
        for (Path p : movedIn) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        for (Path[] pair : movedAside) {
            try {
                Files.move(pair[0], pair[1], StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Writes {@code bytes} to a new file and forces them to disk, with the permissions {@code like} asks for. */
    private static void writeForced(Path file, byte[] bytes, Path like) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        AtomicFiles.keepReadable(file, like);
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A hidden leftover staging folder; the library lists case files only.
        }
    }

    /** The names of the files in {@code folder} (not its subfolders); empty when it does not exist yet. */
    public static Set<String> fileNames(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        return names;
    }
}
