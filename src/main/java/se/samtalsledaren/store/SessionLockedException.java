package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Path;

/** The session file is open in another running instance (or another window of this one). */
public final class SessionLockedException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final transient SessionLocks.Owner owner;

    public SessionLockedException(String message, Path file, SessionLocks.Owner owner) {
        super(message);
        this.file = file;
        this.owner = owner;
    }

    public Path file() {
        return file;
    }

    /** Who holds the lock; {@code pid} is -1 when the lock file could not be read. */
    public SessionLocks.Owner owner() {
        return owner;
    }
}
