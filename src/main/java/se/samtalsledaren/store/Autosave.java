package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import se.samtalsledaren.model.Session;

/**
 * Saves one session window's session automatically. {@link #changed} is called (on the UI
 * thread) with the new immutable snapshot after every change; the write happens on the
 * {@link Scheduler}'s thread once the changes pause for {@link #QUIET}, and early enough that the
 * first unsaved change is on disk within {@link #MAX_WAIT}, so typing without pause is saved
 * too: the write starts {@code MAX_WAIT} minus the longest of the last writes (measured on the
 * clock, until the bytes are on disk) minus a {@link #MARGIN} after the first unsaved change.
 * Writes coalesce: at most one is in flight, and the latest snapshot wins.
 *
 * <p>A session with a file is written to that file (with backups, see {@link SessionStore}); one
 * without is written to its recovery {@link Recovery.Slot slot}. When the file cannot be written
 * the snapshot goes to the slot instead, the {@link Listener} hears of the failure, and
 * {@link #retry()} tries again; the session itself stays in memory.
 */
public final class Autosave {
    public static final Duration QUIET = Duration.ofSeconds(1);
    /**
     * The promise: a change is on disk (written, forced and moved into place) at most this long
     * after it was made, also while changes never pause.
     */
    public static final Duration MAX_WAIT = Duration.ofSeconds(2);
    /** What a window's first write is assumed to take, before any has been measured. */
    static final Duration FIRST_WRITE_GUESS = Duration.ofMillis(350);
    /** Room left for the scheduler's and the collector's hiccups on top of the measured writes. */
    static final Duration MARGIN = Duration.ofMillis(150);
    /** How many recent writes the estimate of the next one looks at (the longest counts). */
    private static final int MEASURED_WRITES = 8;

    /** Hears how writes went; called on the scheduler's thread. */
    public interface Listener {
        /** {@code snapshot} is on disk: in {@code file}, or in the recovery slot when {@code file} is null. */
        void saved(Session snapshot, Path file, Instant at);

        /** {@code snapshot} could not be written to {@code target} (its file, or the recovery slot). */
        void failed(Session snapshot, Path target, IOException error);

        /**
         * The session's file holds a version another program wrote: autosave to it has stopped
         * until the user chooses ({@link #keepMine()}, {@link #leaveFile(Runnable)} or a new
         * file). {@code snapshot} is in the recovery slot, the other version among the backups.
         * Heard again for every later change while it lasts.
         */
        default void changedElsewhere(Session snapshot, FileChangedException change) {
            failed(snapshot, change.file(), change);
        }
    }

    /** How often a missing folder is looked for after a save into it failed (a USB stick pulled). */
    public static final Duration FOLDER_CHECK = Duration.ofSeconds(5);

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
    /** How long the last writes took, newest last; the longest sets how early a write starts. */
    private final java.util.ArrayDeque<Duration> writeTimes = new java.util.ArrayDeque<>();
    private Scheduler.Cancellable task;
    private Scheduler.Cancellable folderWatch;
    private Path file;
    /** The latest state handed to {@link #changed}, written again when the user resolves a conflict. */
    private Session latest;
    /** Set while the file holds another program's version; nothing is written to it then. */
    private FileChangedException conflict;
    /** The other version the user chose to overwrite ("Behåll min"), taken by the next write. */
    private FileChangedException overwrite;
    // Only touched on the scheduler's thread (inside write tasks, which never overlap).
    private Recovery.Slot slot;
    private SessionLocks.Held fileLock;
    private volatile boolean fileCurrent = true;

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
        latest = snapshot;
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

    /**
     * The session now has this file (after "save as"); autosave writes there from now on. A
     * conflict with the old file ends; the latest state is written to the new one.
     */
    public void setFile(Path newFile) {
        changeFile(newFile, null);
    }

    /**
     * "Öppna den andra": the window lets go of its file, whose other version the user wants to
     * open, and keeps its own state as a session without a file (in the recovery slot). When
     * the file's lock is released, {@code then} runs on the scheduler's thread.
     */
    public void leaveFile(Runnable then) {
        changeFile(null, then);
    }

    private void changeFile(Path newFile, Runnable then) {
        boolean unsaved;
        synchronized (this) {
            if (closed || Objects.equals(newFile, file)) {
                if (then != null && !closed) {
                    scheduler.schedule(then, Duration.ZERO);
                }
                return;
            }
            file = newFile;
            unsaved = conflict != null || overwrite != null || !fileCurrent;
            conflict = null;
            overwrite = null;
            if (unsaved && latest != null && pending == null) {
                pending = latest;
                firstChange = clock.instant();
                lastChange = firstChange;
            }
        }
        scheduler.schedule(() -> runExclusive(() -> {
            moveLock();
            if (then != null) {
                then.run();
            }
        }, unsaved), Duration.ZERO);
    }

    /**
     * "Behåll min": writes this window's state over the other program's version, which is kept
     * among the backups. Should the file have changed yet again meanwhile, that is a new conflict.
     */
    public synchronized void keepMine() {
        if (closed || conflict == null) {
            return;
        }
        overwrite = conflict;
        conflict = null;
        if (pending == null) {
            pending = latest;
        }
        if (pending != null) {
            reschedule(true);
        }
    }

    /** The conflict autosave is stopped by, if any. */
    public synchronized java.util.Optional<FileChangedException> conflict() {
        return java.util.Optional.ofNullable(conflict);
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
            stopWatchingFolder();
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
                store.forget(fileLock.file());
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
            Instant due = min(lastChange.plus(QUIET), firstChange.plus(MAX_WAIT).minus(writeBudget()));
            delay = Duration.between(clock.instant(), due);
            if (delay.isNegative()) {
                delay = Duration.ZERO;
            }
        }
        task = scheduler.schedule(this::tick, delay);
    }

    /** How long before the promise runs out a write must start: the longest recent write and a margin. */
    private Duration writeBudget() {
        Duration longest = writeTimes.isEmpty() ? FIRST_WRITE_GUESS : java.util.Collections.max(writeTimes);
        Duration budget = longest.plus(MARGIN);
        return budget.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : budget;
    }

    private synchronized void measured(Duration took) {
        if (writeTimes.size() == MEASURED_WRITES) {
            writeTimes.removeFirst();
        }
        writeTimes.addLast(took.isNegative() ? Duration.ZERO : took);
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
        Instant started = clock.instant();
        try {
            ok = write(snapshot);
        } finally {
            if (ok) {
                measured(Duration.between(started, clock.instant()));
            }
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
        runExclusive(r, false);
    }

    /** Runs {@code r} while no write runs; a pending state is then written at its time, or with {@code now} at once. */
    private void runExclusive(Runnable r, boolean now) {
        synchronized (this) {
            writing = true;
        }
        try {
            r.run();
        } finally {
            synchronized (this) {
                writing = false;
                if (!closed && pending != null) {
                    reschedule(now);
                }
            }
        }
    }

    /** One write of one snapshot; returns whether it reached its target. Scheduler thread only. */
    private boolean write(Session snapshot) {
        Path target = file();
        FileChangedException stopped;
        FileChangedException keepMine;
        synchronized (this) {
            stopped = conflict;
            keepMine = overwrite;
            overwrite = null;
        }
        try {
            if (slot == null) {
                slot = recovery.newSlot(sessionId);
            }
            slot.setOrigin(target);
        } catch (IOException e) {
            if (target == null || stopped != null) {
                listener.failed(snapshot, recovery.dir(), e);
                return false;
            }
            // Without a slot the file alone holds the session; go on.
        }
        if (target == null || stopped != null) {
            try {
                slot.writeCopy(snapshot);
                if (stopped != null) {
                    listener.changedElsewhere(snapshot, stopped);
                } else {
                    listener.saved(snapshot, null, clock.instant());
                }
                return true;
            } catch (IOException e) {
                listener.failed(snapshot, slot.copy(), e);
                return false;
            }
        }
        try {
            if (keepMine != null) {
                store.overwriteNext(target, keepMine.found());
            }
            store.save(target, snapshot);
            fileCurrent = true;
            stopWatchingFolder();
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
        } catch (FileChangedException e) {
            fileCurrent = false;
            synchronized (this) {
                conflict = e;
            }
            IOException copyFailed = writeCopy(snapshot);
            if (copyFailed != null) {
                listener.failed(snapshot, slot == null ? recovery.dir() : slot.copy(), copyFailed);
                return false;
            }
            listener.changedElsewhere(snapshot, e);
            return true;
        } catch (IOException e) {
            fileCurrent = false;
            IOException copyFailed = writeCopy(snapshot);
            if (copyFailed != null) {
                e.addSuppressed(copyFailed);
            }
            watchFolder(target);
            listener.failed(snapshot, target, e);
            return false;
        }
    }

    /** Puts {@code snapshot} in the recovery slot; returns why that failed, or null. */
    private IOException writeCopy(Session snapshot) {
        if (slot == null) {
            return new IOException("no recovery slot");
        }
        try {
            slot.writeCopy(snapshot);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /**
     * After a failed save into a folder that is not there (a USB stick pulled, a network share
     * gone), looks for the folder every {@link #FOLDER_CHECK} and saves as soon as it is back.
     * The folder is never created: the state waits in the recovery area meanwhile.
     */
    private synchronized void watchFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (closed || folderWatch != null || folder == null || Files.isDirectory(folder)) {
            return;
        }
        folderWatch = scheduler.schedule(() -> checkFolder(target), FOLDER_CHECK);
    }

    private void checkFolder(Path target) {
        synchronized (this) {
            folderWatch = null;
            if (closed || !target.equals(file)) {
                return;
            }
        }
        if (Files.isDirectory(target.toAbsolutePath().getParent())) {
            synchronized (this) {
                if (pending == null) {
                    pending = latest;
                }
                if (pending != null) {
                    reschedule(true);
                }
            }
        } else {
            watchFolder(target);
        }
    }

    private synchronized void stopWatchingFolder() {
        if (folderWatch != null) {
            folderWatch.cancel();
            folderWatch = null;
        }
    }

    /** After "save as": lock the new file, release the old one. Scheduler thread only. */
    private void moveLock() {
        Path target = file();
        if (fileLock != null && fileLock.file().equals(target == null ? null : target.toAbsolutePath().normalize())) {
            return;
        }
        if (fileLock != null) {
            store.forget(fileLock.file());
            fileLock.release();
            fileLock = null;
        }
        stopWatchingFolder();
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
