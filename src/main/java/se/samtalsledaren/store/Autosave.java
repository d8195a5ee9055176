package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import se.samtalsledaren.model.Session;

/**
 * Saves one session window's session automatically. {@link #changed} is called (on the UI
 * thread) with the new immutable snapshot after every change; the write happens on the
 * {@link Scheduler}'s thread once the changes pause for {@link #QUIET}, and never later than
 * {@link #MAX_WAIT} after the first unsaved change, so typing without pause is saved too.
 * Writes coalesce: at most one is in flight, and the latest snapshot wins.
 *
 * <p>A session with a file is written to that file (with backups, see {@link SessionStore}); one
 * without is written to its recovery {@link Recovery.Slot slot}. When the file cannot be written
 * the snapshot goes to the slot instead, the {@link Listener} hears of the failure, and
 * {@link #retry()} tries again; the session itself stays in memory.
 */
public final class Autosave {
    public static final Duration QUIET = Duration.ofSeconds(1);
    public static final Duration MAX_WAIT = Duration.ofSeconds(2);

    /** Hears how writes went; called on the scheduler's thread. */
    public interface Listener {
        /** {@code snapshot} is on disk: in {@code file}, or in the recovery slot when {@code file} is null. */
        void saved(Session snapshot, Path file, Instant at);

        /** {@code snapshot} could not be written to {@code target} (its file, or the recovery slot). */
        void failed(Session snapshot, Path target, IOException error);
    }

    private final SessionStore store;
    private final Recovery recovery;
    private final SessionLocks locks;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Listener listener;
    private final String sessionId;

    // Guarded by this.
    private Session pending;
    private Instant firstChange;
    private Instant lastChange;
    private boolean writing;
    private boolean closed;
    private Scheduler.Cancellable task;
    private Path file;
    // Only touched on the scheduler's thread (inside write tasks, which never overlap).
    private Recovery.Slot slot;
    private SessionLocks.Held fileLock;
    private boolean fileCurrent = true;

    /**
     * @param file     the session's file, or null for a session not saved to a file yet
     * @param fileLock the lock already taken on {@code file} (null when none)
     * @param slot     a recovery slot already taken (restoring), or null to open one when first needed
     */
    public Autosave(SessionStore store, Recovery recovery, SessionLocks locks, Scheduler scheduler, Clock clock,
                    String sessionId, Path file, SessionLocks.Held fileLock, Recovery.Slot slot, Listener listener) {
        this.store = Objects.requireNonNull(store);
        this.recovery = Objects.requireNonNull(recovery);
        this.locks = Objects.requireNonNull(locks);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.clock = Objects.requireNonNull(clock);
        this.listener = Objects.requireNonNull(listener);
        this.sessionId = sessionId;
        this.file = file;
        this.fileLock = fileLock;
        this.slot = slot;
    }

    /** The session changed; {@code snapshot} is its new state. */
    public synchronized void changed(Session snapshot) {
        if (closed) {
            return;
        }
        Instant now = clock.instant();
        pending = snapshot;
        lastChange = now;
        if (firstChange == null) {
            firstChange = now;
        }
        reschedule(false);
    }

    /** Writes the latest unsaved state now (after a failure: "Försök igen"). */
    public synchronized void retry() {
        if (!closed && pending != null) {
            reschedule(true);
        }
    }

    /** Whether a snapshot is waiting to be written. */
    public synchronized boolean hasPending() {
        return pending != null || writing;
    }

    /** The session now has this file (after "save as"); autosave writes there from now on. */
    public void setFile(Path newFile) {
        synchronized (this) {
            if (closed || Objects.equals(newFile, file)) {
                return;
            }
            file = newFile;
        }
        scheduler.schedule(() -> runExclusive(this::moveLock), Duration.ZERO);
    }

    /**
     * The window closes normally: the pending state is written, then the slot is given up. A
     * session without a file, or whose last write to its file failed, keeps its recovery copy,
     * which is offered at the next start; a saved session leaves nothing behind.
     */
    public void close() {
        finish(false);
    }

    /** The window closes and its unsaved changes are to be dropped: nothing more is written. */
    public void discard() {
        finish(true);
    }

    private void finish(boolean drop) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (task != null) {
                task.cancel();
                task = null;
            }
            if (drop) {
                pending = null;
            }
        }
        scheduler.schedule(() -> runExclusive(() -> {
            Session last;
            synchronized (this) {
                last = pending;
                pending = null;
            }
            if (last != null) {
                write(last);
            }
            boolean keep = !drop && (file() == null || !fileCurrent) && slot != null && slot.hasCopy();
            if (slot != null) {
                slot.close(keep);
            }
            if (fileLock != null) {
                fileLock.release();
            }
        }), Duration.ZERO);
    }

    private synchronized Path file() {
        return file;
    }

    /** Schedules the next write at the debounce deadline, or now. Called with the monitor held. */
    private void reschedule(boolean now) {
        if (writing) {
            return; // the running write reschedules when it finishes
        }
        if (task != null) {
            task.cancel();
        }
        Duration delay = Duration.ZERO;
        if (!now) {
            Instant due = min(lastChange.plus(QUIET), firstChange.plus(MAX_WAIT));
            delay = Duration.between(clock.instant(), due);
            if (delay.isNegative()) {
                delay = Duration.ZERO;
            }
        }
        task = scheduler.schedule(this::tick, delay);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private void tick() {
        Session snapshot;
        synchronized (this) {
            task = null;
            if (closed || writing || pending == null) {
                return;
            }
            snapshot = pending;
            pending = null;
            firstChange = null;
            writing = true;
        }
        boolean ok = false;
        try {
            ok = write(snapshot);
        } finally {
            synchronized (this) {
                writing = false;
                if (!ok && pending == null) {
                    pending = snapshot; // kept for retry; a newer change replaces it
                }
                if (!closed && ok && pending != null) {
                    firstChange = firstChange == null ? clock.instant() : firstChange;
                    reschedule(false);
                }
            }
        }
    }

    private void runExclusive(Runnable r) {
        synchronized (this) {
            writing = true;
        }
        try {
            r.run();
        } finally {
            synchronized (this) {
                writing = false;
                if (!closed && pending != null) {
                    reschedule(false);
                }
            }
        }
    }

    /** One write of one snapshot; returns whether it reached its target. Scheduler thread only. */
    private boolean write(Session snapshot) {
        Path target = file();
        try {
            if (slot == null) {
                slot = recovery.newSlot(sessionId);
            }
            slot.setOrigin(target);
        } catch (IOException e) {
            if (target == null) {
                listener.failed(snapshot, recovery.dir(), e);
                return false;
            }
            // Without a slot the file alone holds the session; go on.
        }
        if (target == null) {
            try {
                slot.writeCopy(snapshot);
                listener.saved(snapshot, null, clock.instant());
                return true;
            } catch (IOException e) {
                listener.failed(snapshot, slot.copy(), e);
                return false;
            }
        }
        try {
            store.save(target, snapshot);
            fileCurrent = true;
            if (fileLock != null) {
                fileLock.touch();
            }
            if (slot != null) {
                try {
                    slot.deleteCopy();
                } catch (IOException e) {
                    // A stale copy is only offered if the app crashes; the file is newer.
                }
            }
            listener.saved(snapshot, target, clock.instant());
            return true;
        } catch (IOException e) {
            fileCurrent = false;
            if (slot != null) {
                try {
                    slot.writeCopy(snapshot);
                } catch (IOException copyFailed) {
                    e.addSuppressed(copyFailed);
                }
            }
            listener.failed(snapshot, target, e);
            return false;
        }
    }

    /** After "save as": lock the new file, release the old one. Scheduler thread only. */
    private void moveLock() {
        Path target = file();
        if (fileLock != null && fileLock.file().equals(target == null ? null : target.toAbsolutePath().normalize())) {
            return;
        }
        if (fileLock != null) {
            fileLock.release();
            fileLock = null;
        }
        if (target == null) {
            return;
        }
        try {
            fileLock = locks.acquire(target);
            if (slot != null) {
                slot.setOrigin(target);
            }
        } catch (IOException e) {
            listener.failed(null, target, e);
        }
    }
}
