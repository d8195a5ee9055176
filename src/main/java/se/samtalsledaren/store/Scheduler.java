package se.samtalsledaren.store;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task once after a delay, off the caller's thread, one task at a time (tasks never
 * overlap). The app uses one background thread
 * ({@link #of(ScheduledExecutorService)}); tests use a manual scheduler driven by a fake clock,
 * so debouncing is tested without sleeping.
 */
public interface Scheduler {

    /** A scheduled task that has not run yet can be cancelled. */
    interface Cancellable {
        void cancel();
    }

    Cancellable schedule(Runnable task, Duration delay);

    /**
     * On a single-threaded executor, so tasks never overlap. Once it is shut down (the app is
     * quitting, every autosave already closed) nothing more is scheduled.
     */
    static Scheduler of(ScheduledExecutorService executor) {
        return (task, delay) -> {
            try {
                ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
                return () -> f.cancel(false);
            } catch (RejectedExecutionException shutDown) {
                return () -> { };
            }
        };
    }
}
