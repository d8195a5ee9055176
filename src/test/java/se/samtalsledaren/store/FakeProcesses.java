package se.samtalsledaren.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.session.FakeClock;

/** Processes that are alive until a test "kills" them, for lock tests that simulate crashes. */
public final class FakeProcesses implements SessionLocks.Processes {
    public static final Instant STARTED = Instant.parse("2026-11-23T08:00:00Z");
    private final Set<Long> alive = ConcurrentHashMap.newKeySet();

    @Override
    public boolean alive(long pid, Instant start) {
        return alive.contains(pid);
    }

    /** Locks of a simulated instance with process id {@code pid} on host "here"; the process is alive. */
    public SessionLocks instance(long pid, FakeClock clock) {
        alive.add(pid);
        return new SessionLocks(new Messages(Locale.ENGLISH), clock, pid, "here", STARTED, this);
    }

    public void kill(long pid) {
        alive.remove(pid);
    }
}
