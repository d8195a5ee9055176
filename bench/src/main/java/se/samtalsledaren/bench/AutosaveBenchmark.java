package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;

/**
 * One autosave of the three-hour session with the app's own {@link Autosave} and store: backups,
 * the lock, the recovery slot, and the session written with {@code SessionFormat.write} and
 * {@code AtomicFiles.write} (temp file, fsync, atomic move, directory fsync) into a real folder.
 * Each operation is one change followed by the write it schedules, run at once instead of after
 * the debounce delay. Sample mode gives the median and the worst write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AutosaveBenchmark {
    /** Runs what was scheduled when asked, so the benchmark thread does the write. */
    private static final class ManualScheduler implements Scheduler {
        private Runnable next;

        @Override
        public synchronized Cancellable schedule(Runnable task, Duration delay) {
            next = task;
            return () -> {
                synchronized (this) {
                    if (next == task) {
                        next = null;
                    }
                }
            };
        }

        void runNext() {
            Runnable task;
            synchronized (this) {
                task = next;
                next = null;
            }
            if (task == null) {
                throw new IllegalStateException("nothing was scheduled");
            }
            task.run();
        }
    }

    private Path folder;
    private Session[] snapshots;
    private int next;
    private Autosave autosave;
    private SessionLocks.Held fileLock;
    private final ManualScheduler scheduler = new ManualScheduler();
    private volatile IOException failure;
    private volatile Instant lastSaved;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = TempFiles.directory("bench-autosave-");
        Messages messages = new Messages(new Locale("sv"));
        Clock clock = Clock.systemUTC();
        SessionLocks locks = SessionLocks.forThisProcess(messages, clock);
        SessionStore store = new SessionStore(messages, new Backups(folder.resolve("backups"), clock), locks);
        Recovery recovery = new Recovery(folder.resolve("autosave"), store, locks);
        Session session = GeneratedData.threeHourSession();
        // Two states, so that every write is a real change of the file.
        snapshots = new Session[] {session, session.withTimeLog(session.timeLog(), Phase.STEP_5)};
        Path file = folder.resolve("tre-timmar.json");
        store.save(file, session);
        fileLock = locks.acquire(file);
        autosave = new Autosave(store, recovery, locks, scheduler, clock, session.id(), file, fileLock, null, new Autosave.Listener() {
            @Override
            public void saved(Session snapshot, Path to, Instant at) {
                lastSaved = at;
            }

            @Override
            public void failed(Session snapshot, Path target, IOException error) {
                failure = error;
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        autosave.close();
        scheduler.runNext();
        if (failure != null) {
            throw failure;
        }
        TempFiles.delete(folder);
    }

    @Benchmark
    public Instant autosave() throws IOException {
        autosave.changed(snapshots[next]);
        next = 1 - next;
        scheduler.runNext();
        if (failure != null) {
            throw failure;
        }
        return lastSaved;
    }
}
