package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;

class AutosaveTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeProcesses processes = new FakeProcesses();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Session base = Sessions.sample();
    private final List<String> events = new ArrayList<>();
    private SessionLocks locks;
    private SessionStore store;
    private Recovery recovery;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        locks = processes.instance(100, clock);
        store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock), locks);
        recovery = new Recovery(dir.resolve("autosave"), store, locks);
        file = Files.createDirectories(dir.resolve("work")).resolve("s.json");
    }

    private Autosave autosave(Path target) throws IOException {
        SessionLocks.Held lock = target == null ? null : locks.acquire(target);
        return new Autosave(store, recovery, locks, scheduler, clock, base.id(), target, lock, null, new Autosave.Listener() {
            @Override
            public void saved(Session snapshot, Path f, Instant at) {
                events.add("saved " + snapshot.info().title() + " to " + (f == null ? "slot" : f.getFileName()) + " at " + at);
            }

            @Override
            public void failed(Session snapshot, Path target, IOException error) {
                events.add("failed " + (snapshot == null ? "-" : snapshot.info().title()));
            }
        });
    }

    private Session onDisk(Path p) throws Exception {
        return store.open(p);
    }

    @Test
    void writesOneSecondAfterTheLastChange() throws Exception {
        Autosave a = autosave(file);
        a.changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofMillis(999));
        assertThat(file).doesNotExist();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(onDisk(file)).isEqualTo(Sessions.variant(base, 1));
        assertThat(events).containsExactly("saved Variant 1 to s.json at 2026-11-23T09:00:01Z");
    }

    @Test
    void changesWithoutPauseAreWrittenWithinTwoSecondsOfTheFirst() throws Exception {
        Autosave a = autosave(file);
        for (int i = 1; i <= 8; i++) {
            a.changed(Sessions.variant(base, i));
            scheduler.advance(Duration.ofMillis(500));
        }
        // Changes at 0, 0.5, 1.0 … 3.5 s never pause for a second, yet they are written before
        // two seconds have passed since the first unsaved one: the first write starts 2 s minus
        // the guess of what a write takes (0.35 s) minus the margin (0.15 s) after the first
        // change; the next ones as early as the writes measured take (here none: a fake clock).
        assertThat(events).containsExactly(
                "saved Variant 3 to s.json at 2026-11-23T09:00:01.500Z",
                "saved Variant 7 to s.json at 2026-11-23T09:00:03.350Z");
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(events).as("the last change, a second after it was made; then nothing more to write").containsExactly(
                "saved Variant 3 to s.json at 2026-11-23T09:00:01.500Z",
                "saved Variant 7 to s.json at 2026-11-23T09:00:03.350Z",
                "saved Variant 8 to s.json at 2026-11-23T09:00:04.500Z");
        assertThat(onDisk(file)).isEqualTo(Sessions.variant(base, 8));
    }

    @Test
    void underContinuousTypingEveryChangeIsOnDiskWithinTwoSecondsCountingTheWrite() throws Exception {
        // A slow disk: each save takes 250 ms of the fake clock's time before its bytes are on disk
        // (spent in the check of the file's lock, which every save makes once, before writing).
        locks = new SessionLocks(messages, clock, 100, "here", FakeProcesses.STARTED, (pid, start) -> {
            clock.advance(Duration.ofMillis(250));
            return true;
        });
        store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock), locks);
        recovery = new Recovery(dir.resolve("autosave"), store, locks);
        List<Instant> changedAt = new ArrayList<>();
        List<Instant> onDiskAt = new ArrayList<>();
        SessionLocks.Held lock = locks.acquire(file);
        Autosave a = new Autosave(store, recovery, locks, scheduler, clock, base.id(), file, lock, null, new Autosave.Listener() {
            @Override
            public void saved(Session snapshot, Path f, Instant at) {
                int n = Integer.parseInt(snapshot.info().title().substring("Variant ".length()));
                while (onDiskAt.size() <= n) {
                    onDiskAt.add(at);
                }
            }

            @Override
            public void failed(Session snapshot, Path target, IOException error) {
                throw new AssertionError(error);
            }
        });
        // A keystroke every 100 ms for 20 s: the changes never pause for the one-second debounce.
        for (int i = 0; i < 200; i++) {
            changedAt.add(clock.instant());
            a.changed(Sessions.variant(base, i));
            scheduler.advance(Duration.ofMillis(100));
        }
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(onDiskAt).hasSizeGreaterThanOrEqualTo(200);
        Duration worst = Duration.ZERO;
        for (int i = 0; i < 200; i++) {
            Duration d = Duration.between(changedAt.get(i), onDiskAt.get(i));
            worst = d.compareTo(worst) > 0 ? d : worst;
        }
        assertThat(worst).as("the newest change reaches the disk within the promise").isLessThanOrEqualTo(Autosave.MAX_WAIT);
        assertThat(worst).as("and not much earlier than needed").isGreaterThan(Duration.ofMillis(1500));
    }

    @Test
    void changesDuringAWriteAreCoalescedIntoOneLaterWrite() throws Exception {
        List<Integer> scheduledDuringWrite = new ArrayList<>();
        Autosave[] holder = new Autosave[1];
        SessionLocks.Held lock = locks.acquire(file);
        holder[0] = new Autosave(store, recovery, locks, scheduler, clock, base.id(), file, lock, null, new Autosave.Listener() {
            @Override
            public void saved(Session snapshot, Path f, Instant at) {
                events.add("saved " + snapshot.info().title());
                if (snapshot.info().title().equals("Variant 1")) {
                    // Still inside the first write: these must not start writes of their own.
                    holder[0].changed(Sessions.variant(base, 2));
                    holder[0].changed(Sessions.variant(base, 3));
                    scheduledDuringWrite.add(scheduler.pending());
                }
            }

            @Override
            public void failed(Session snapshot, Path target, IOException error) {
                events.add("failed");
            }
        });
        holder[0].changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(scheduledDuringWrite).containsExactly(0);
        assertThat(events).containsExactly("saved Variant 1", "saved Variant 3");
        assertThat(onDisk(file)).isEqualTo(Sessions.variant(base, 3));
    }

    @Test
    void aSessionWithoutAFileGoesToItsRecoverySlotAndIsKeptOnClose() throws Exception {
        Autosave a = autosave(null);
        a.changed(Sessions.variant(base, 5));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(events).singleElement().asString().startsWith("saved Variant 5 to slot");
        // While this instance runs, another one does not offer it for recovery.
        SessionLocks other = processes.instance(200, clock);
        Recovery seenByOther = new Recovery(dir.resolve("autosave"), new SessionStore(messages), other);
        assertThat(seenByOther.scan()).isEmpty();
        a.close();
        scheduler.runDue();
        List<Recovery.Candidate> found = seenByOther.scan();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.session()).isEqualTo(Sessions.variant(base, 5));
            assertThat(c.origin()).isNull();
        });
    }

    @Test
    void afterACrashTheUnsavedStateIsOffered() throws Exception {
        Autosave a = autosave(null);
        a.changed(Sessions.variant(base, 6));
        scheduler.advance(Duration.ofSeconds(2));
        processes.kill(100); // no close(): the process is gone
        SessionLocks next = processes.instance(300, clock);
        Recovery r = new Recovery(dir.resolve("autosave"), new SessionStore(messages), next);
        assertThat(r.scan()).singleElement().satisfies(c -> assertThat(c.session()).isEqualTo(Sessions.variant(base, 6)));
    }

    @Test
    void closeWritesThePendingStateAndASavedSessionLeavesNothingBehind() throws Exception {
        Autosave a = autosave(file);
        a.changed(Sessions.variant(base, 7));
        a.close();
        scheduler.runDue();
        assertThat(onDisk(file)).isEqualTo(Sessions.variant(base, 7));
        assertThat(SessionLocks.lockFileOf(file)).doesNotExist();
        try (var s = Files.list(dir.resolve("autosave"))) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void discardWritesNothingMoreAndRemovesTheRecoveryCopy() throws Exception {
        Autosave a = autosave(null);
        a.changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofSeconds(2));
        a.changed(Sessions.variant(base, 2));
        a.discard();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(events).hasSize(1);
        try (var s = Files.list(dir.resolve("autosave"))) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void aFailedWriteKeepsTheStateInTheSlotAndRetryWritesItLater() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a regular file where a folder should be");
        Path target = blocked.resolve("s.json"); // fails for every user, root included
        Autosave a = new Autosave(store, recovery, locks, scheduler, clock, base.id(), target, null, null,
                new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path f, Instant at) {
                        events.add("saved " + snapshot.info().title());
                    }

                    @Override
                    public void failed(Session snapshot, Path t, IOException error) {
                        events.add("failed " + snapshot.info().title());
                    }
                });
        a.changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(events).containsExactly("failed Variant 1");
        assertThat(a.hasPending()).as("kept for retry").isTrue();
        // The state is safe in the recovery area meanwhile.
        try (var s = Files.list(dir.resolve("autosave"))) {
            Path copy = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(store.open(copy)).isEqualTo(Sessions.variant(base, 1));
        }
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(events).as("no retry loop on its own").hasSize(1);
        Files.delete(blocked);
        Files.createDirectory(blocked);
        a.retry();
        scheduler.runDue();
        assertThat(events).containsExactly("failed Variant 1", "saved Variant 1");
        assertThat(onDisk(target)).isEqualTo(Sessions.variant(base, 1));
        try (var s = Files.list(dir.resolve("autosave"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".json")).toList()).as("copy removed once the file is saved").isEmpty();
        }
    }

    @Test
    void saveAsMovesTheLockToTheNewFile() throws Exception {
        Autosave a = autosave(file);
        a.changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofSeconds(2));
        Path other = dir.resolve("work").resolve("other.json");
        store.save(other, Sessions.variant(base, 1));
        a.setFile(other);
        scheduler.runDue();
        assertThat(locks.holds(other)).isTrue();
        assertThat(locks.holds(file)).isFalse();
        a.changed(Sessions.variant(base, 2));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(onDisk(other)).isEqualTo(Sessions.variant(base, 2));
        assertThat(onDisk(file)).isEqualTo(Sessions.variant(base, 1));
    }
}
