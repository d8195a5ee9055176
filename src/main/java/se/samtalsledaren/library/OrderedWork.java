package se.samtalsledaren.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs independent jobs on a bounded number of threads and returns their results in the jobs'
 * order. The calling thread works too; the others are daemon threads that live only for one
 * {@link #run()}. Each thread takes the next job not yet taken, so the order of the results never
 * depends on which thread ran what or how fast.
 *
 * <p>Jobs report expected failures in their result. An exception thrown by a job is a bug: no
 * further jobs are started, the running ones finish, and {@link #run()} throws it.
 */
final class OrderedWork<T> {
    private final List<? extends Supplier<T>> jobs;
    private final int threads;
    private final String threadName;

    /**
     * @param threads    at most this many jobs run at once (the calling thread included)
     * @param threadName the name of the extra threads, numbered
     */
    OrderedWork(List<? extends Supplier<T>> jobs, int threads, String threadName) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.jobs = List.copyOf(jobs);
        this.threads = threads;
        this.threadName = threadName;
    }

    /** Runs every job and returns the results, result {@code i} from job {@code i}. */
    List<T> run() {
        int count = jobs.size();
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                try {
                    results[i] = jobs.get(i).get();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < Math.min(threads, count); t++) {
            Thread helper = new Thread(worker, threadName + "-" + t);
            helper.setDaemon(true);
            helpers.add(helper);
            helper.start();
        }
        worker.run();
        joinAll(helpers); // join() also makes the helpers' results visible here
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Arrays.asList(results);
        return list;
    }

    /** Waits for every helper, even when interrupted (the interrupt is kept for the caller). */
    private static void joinAll(List<Thread> helpers) {
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
