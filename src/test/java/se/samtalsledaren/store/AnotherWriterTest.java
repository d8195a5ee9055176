package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

/**
 * Another program writes the session file while a window has it open (a lock file that a shared
 * folder dropped, a user who deleted it, a sync tool): the window's next save must not silently
 * replace that version, and every choice the user has afterwards must keep both.
 */
class AnotherWriterTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeProcesses processes = new FakeProcesses();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Session base = Sessions.sample();
    private final List<String> events = new ArrayList<>();
    private final List<FileChangedException> conflicts = new ArrayList<>();
    private SessionLocks locks;
    private Backups backups;
    private SessionStore store;
    private Recovery recovery;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        locks = processes.instance(100, clock);
        backups = new Backups(dir.resolve("backups"), clock);
        store = new SessionStore(messages, backups, locks);
        recovery = new Recovery(dir.resolve("autosave"), store, locks);
        file = Files.createDirectories(dir.resolve("work")).resolve("s.json");
        new SessionStore(messages).save(file, Sessions.variant(base, 0));
    }

    /** Opens the file as the app does (lock, then read) and autosaves it. */
    private Autosave openWindow() throws Exception {
        SessionLocks.Held lock = locks.acquire(file);
        store.open(file);
        return new Autosave(store, recovery, locks, scheduler, clock, base.id(), file, lock, null, new Autosave.Listener() {
            @Override
            public void saved(Session snapshot, Path f, Instant at) {
                events.add("saved " + snapshot.info().title() + " to " + (f == null ? "slot" : f.getFileName()));
            }

            @Override
            public void failed(Session snapshot, Path target, IOException error) {
                events.add("failed " + error);
            }

            @Override
            public void changedElsewhere(Session snapshot, FileChangedException change) {
                events.add("changed elsewhere, kept " + snapshot.info().title() + " aside");
                conflicts.add(change);
            }
        });
    }

    /** A window that changed the session to variant 2 after another program wrote variant 42. */
    private Autosave conflictOverVariant2() throws Exception {
        Autosave a = openWindow();
        otherProgramWrites(42);
        a.changed(Sessions.variant(base, 2));
        scheduler.advance(Duration.ofSeconds(2));
        return a;
    }

    /** Another program replaces the file (atomically, as editors and Samtalsledaren do). */
    private void otherProgramWrites(int variant) throws IOException {
        new SessionStore(messages).save(file, Sessions.variant(base, variant));
    }

    private String title(Path p) throws Exception {
        return new SessionStore(messages).open(p).info().title();
    }

    private List<Path> slotCopies() throws IOException {
        try (var s = Files.list(dir.resolve("autosave"))) {
            return s.filter(p -> p.toString().endsWith(".json")).toList();
        }
    }

    @Test
    void aSaveOverAVersionThisStoreHasNotSeenIsRefusedAndTheOtherVersionIsKept() throws Exception {
        store.open(file);
        otherProgramWrites(42);
        assertThatThrownBy(() -> store.save(file, Sessions.variant(base, 1)))
                .isInstanceOfSatisfying(FileChangedException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the file was changed by another program since it was opened");
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.otherCopy()).isNotNull();
                });
        assertThat(title(file)).as("the other version is not overwritten").isEqualTo("Variant 42");
        assertThat(backups.others(file)).singleElement().satisfies(p -> assertThat(title(p)).isEqualTo("Variant 42"));
        assertThat(backups.list(file)).as("the rotation never sees the other version's copy").isEmpty();
    }

    @Test
    void theSameContentWrittenAgainIsNoConflict() throws Exception {
        store.open(file);
        byte[] same = Files.readAllBytes(file);
        Files.write(file, same);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        store.save(file, Sessions.variant(base, 1));
        assertThat(title(file)).isEqualTo("Variant 1");
        assertThat(backups.others(file)).isEmpty();
    }

    @Test
    void autosaveStopsWritingTheFileAndKeepsEveryLaterChangeInTheRecoveryArea() throws Exception {
        Autosave a = openWindow();
        a.changed(Sessions.variant(base, 1));
        scheduler.advance(Duration.ofSeconds(2));
        otherProgramWrites(42);
        a.changed(Sessions.variant(base, 2));
        scheduler.advance(Duration.ofSeconds(2));
        a.changed(Sessions.variant(base, 3));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(events).containsExactly("saved Variant 1 to s.json", "changed elsewhere, kept Variant 2 aside",
                "changed elsewhere, kept Variant 3 aside");
        assertThat(title(file)).isEqualTo("Variant 42");
        assertThat(slotCopies()).singleElement().satisfies(p -> assertThat(title(p)).isEqualTo("Variant 3"));
        assertThat(a.conflict()).isPresent();
        assertThat(backups.others(file)).as("one copy of the other version, not one per change").hasSize(1);
    }

    @Test
    void keepMineWritesThisVersionOverTheOtherWhichStaysInTheBackups() throws Exception {
        Autosave a = conflictOverVariant2();
        a.keepMine();
        scheduler.runDue();
        assertThat(events).containsExactly("changed elsewhere, kept Variant 2 aside", "saved Variant 2 to s.json");
        assertThat(title(file)).isEqualTo("Variant 2");
        assertThat(backups.others(file)).singleElement().satisfies(p -> assertThat(title(p)).isEqualTo("Variant 42"));
        assertThat(slotCopies()).as("the file holds the state again").isEmpty();
        // Autosave goes on as before.
        a.changed(Sessions.variant(base, 3));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(title(file)).isEqualTo("Variant 3");
    }

    @Test
    void keepMineDoesNotOverwriteAVersionWrittenAfterTheOneTheUserSaw() throws Exception {
        Autosave a = conflictOverVariant2();
        otherProgramWrites(43); // while the banner is shown
        a.keepMine();
        scheduler.runDue();
        assertThat(title(file)).isEqualTo("Variant 43");
        assertThat(events).last().isEqualTo("changed elsewhere, kept Variant 2 aside");
        assertThat(backups.others(file)).hasSize(2);
        assertThat(title(backups.others(file).get(1))).isEqualTo("Variant 43");
    }

    @Test
    void leavingTheFileReleasesItForAnotherWindowAndKeepsThisVersionWithoutAFile() throws Exception {
        Autosave a = conflictOverVariant2();
        List<String> order = new ArrayList<>();
        a.leaveFile(() -> order.add("released: " + !locks.holds(file)));
        scheduler.runDue();
        assertThat(order).containsExactly("released: true");
        assertThat(title(file)).isEqualTo("Variant 42");
        // "Öppna den andra": the other version opens in a window of its own.
        assertThat(locks.acquire(file)).isNotNull();
        assertThat(store.open(file).info().title()).isEqualTo("Variant 42");
        // This window keeps its state, now as a session without a file.
        assertThat(events).last().isEqualTo("saved Variant 2 to slot");
        a.changed(Sessions.variant(base, 3));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(title(file)).isEqualTo("Variant 42");
        a.close();
        scheduler.runDue();
        SessionLocks next = processes.instance(300, clock);
        assertThat(new Recovery(dir.resolve("autosave"), new SessionStore(messages), next).scan())
                .singleElement().satisfies(c -> {
                    assertThat(c.session().info().title()).isEqualTo("Variant 3");
                    assertThat(c.origin()).as("no longer tied to the other's file").isNull();
                });
    }

    @Test
    void savingMineAsAnotherFileLeavesTheOtherVersionInPlace() throws Exception {
        Autosave a = conflictOverVariant2();
        Path mine = file.resolveSibling("mine.json");
        store.save(mine, Sessions.variant(base, 2)); // the session window's "save as"
        a.setFile(mine);
        scheduler.runDue();
        assertThat(a.conflict()).isEmpty();
        assertThat(locks.holds(mine)).isTrue();
        assertThat(locks.holds(file)).isFalse();
        a.changed(Sessions.variant(base, 3));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(title(mine)).isEqualTo("Variant 3");
        assertThat(title(file)).isEqualTo("Variant 42");
    }

    @Test
    void twoInstancesWhoseLockVanishedNeverDropEachOthersNotes() throws Exception {
        // Instance A opens the file; the shared folder drops A's lock; instance B opens it too.
        Autosave a = openWindow();
        Files.delete(SessionLocks.lockFileOf(file));
        SessionLocks otherLocks = processes.instance(200, clock);
        SessionStore otherStore = new SessionStore(messages, new Backups(dir.resolve("backups-b"), clock), otherLocks);
        otherLocks.acquire(file);
        otherStore.open(file);
        Files.delete(SessionLocks.lockFileOf(file)); // dropped again
        // B saves its notes first; A's next save must not drop them.
        otherStore.save(file, Sessions.variant(base, 7));
        a.changed(Sessions.variant(base, 8));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(title(file)).isEqualTo("Variant 7");
        assertThat(conflicts).singleElement().satisfies(c -> assertThat(title(c.otherCopy())).isEqualTo("Variant 7"));
        assertThat(slotCopies()).singleElement().satisfies(p -> assertThat(title(p)).isEqualTo("Variant 8"));
        // And B, in turn, does not overwrite A's "Behåll min" unseen.
        a.keepMine();
        scheduler.runDue();
        assertThat(title(file)).isEqualTo("Variant 8");
        assertThatThrownBy(() -> otherStore.save(file, Sessions.variant(base, 9))).isInstanceOf(FileChangedException.class);
        assertThat(title(file)).isEqualTo("Variant 8");
    }
}
