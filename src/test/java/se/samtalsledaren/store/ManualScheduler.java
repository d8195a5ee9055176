package se.samtalsledaren.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.samtalsledaren.session.FakeClock;

/**
 * A {@link Scheduler} for tests: tasks run on the test's thread, in due order, when the test
 * moves the fake clock with {@link #advance} or calls {@link #runDue()}. No sleeping, no threads.
 */
public final class ManualScheduler implements Scheduler {
    private final FakeClock clock;
    private final List<Entry> tasks = new ArrayList<>();
    private long sequence;

    private static final class Entry {
        final Instant due;
        final Runnable task;
        final long seq;
        boolean cancelled;

        Entry(Instant due, Runnable task, long seq) {
            this.due = due;
            this.task = task;
            this.seq = seq;
        }
    }

    public ManualScheduler(FakeClock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Cancellable schedule(Runnable task, Duration delay) {
        Entry e = new Entry(clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay), task, sequence++);
        tasks.add(e);
        return () -> {
            synchronized (ManualScheduler.this) {
                e.cancelled = true;
                tasks.remove(e);
            }
        };
    }

    /** Moves the clock forward by {@code d}, running every task that falls due on the way. */
    public void advance(Duration d) {
        Instant target = clock.instant().plus(d);
        while (true) {
            Optional<Entry> next = next(target);
            if (next.isEmpty()) {
                break;
            }
            Entry e = next.get();
            if (e.due.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), e.due));
            }
            e.task.run();
        }
        if (target.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), target));
        }
    }

    /** Runs every task due now (including those they schedule for now). */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Tasks waiting to run. */
    public synchronized int pending() {
        return (int) tasks.stream().filter(e -> !e.cancelled).count();
    }

    /** When the next task is due, if any. */
    public synchronized Optional<Instant> nextDue() {
        return tasks.stream().filter(e -> !e.cancelled).map(e -> e.due).min(Comparator.naturalOrder());
    }

    private synchronized Optional<Entry> next(Instant until) {
        Optional<Entry> e = tasks.stream().filter(x -> !x.cancelled && !x.due.isAfter(until))
                .min(Comparator.<Entry, Instant>comparing(x -> x.due).thenComparingLong(x -> x.seq));
        e.ifPresent(tasks::remove);
        return e;
    }
}
