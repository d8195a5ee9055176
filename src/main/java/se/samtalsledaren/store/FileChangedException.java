package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The session file on disk is not the one this program last read or wrote: another program (or
 * another Samtalsledaren whose lock disappeared) saved it meanwhile. Nothing was written; the
 * other version was kept among the backups ({@link #otherCopy()}).
 */
public final class FileChangedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient Path otherCopy;
    private final transient FileStamp found;

    public FileChangedException(String message, Path file, Path otherCopy, FileStamp found) {
        super(message);
        this.file = file;
        this.otherCopy = otherCopy;
        this.found = found;
    }

    /** The session file. */
    public Path file() {
        return file;
    }

    /** The copy of the other version in the backups; null when no copy could be made. */
    public Path otherCopy() {
        return otherCopy;
    }

    /** The other version's stamp, as found on disk. */
    public FileStamp found() {
        return found;
    }
}
