package se.samtalsledaren.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file held when this process last read or wrote it: its size, modification time and a
 * SHA-256 hash of its content. Before every save the file on disk is compared with its stamp, so
 * that a version written by another program (or another Samtalsledaren whose lock disappeared) is
 * noticed instead of overwritten.
 *
 * @param size     the content's length in bytes
 * @param modified the file's modification time as the file system reported it
 * @param sha256   the content's hash, in hexadecimal
 */
public record FileStamp(long size, Instant modified, String sha256) {
    public FileStamp {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The stamp of {@code content}, as it stands in a file modified at {@code modified}. */
    public static FileStamp of(byte[] content, Instant modified) {
        return new FileStamp(content.length, modified, HexFormat.of().formatHex(digest().digest(content)));
    }

    /** The stamp of the file as it is on disk now. */
    public static FileStamp read(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        MessageDigest digest = digest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileStamp(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Whether the file on disk still holds what this stamp describes. A different size or hash
     * is another version; a different modification time over the same content is not (a sync
     * tool or {@code touch} rewrote the same bytes: nobody's work is in the way).
     */
    public boolean sameContent(FileStamp onDisk) {
        return size == onDisk.size && sha256.equals(onDisk.sha256);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
