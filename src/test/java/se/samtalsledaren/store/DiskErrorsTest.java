package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;

/** Read-only folders, folders that are not folders, files removed underneath, corrupt files. */
class DiskErrorsTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FakeProcesses processes = new FakeProcesses();
    private final SessionLocks locks = processes.instance(1, clock);
    private final Session sample = Sessions.sample();
    private SessionStore store;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        store = new SessionStore(messages, new Backups(dir.resolve("backups"), clock), locks);
    }

    @Test
    void aReadOnlyFolderRefusesTheSaveAndLeavesTheOldFile() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("s.json");
        store.save(file, sample);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> store.save(file, Sessions.variant(sample, 1))).isInstanceOf(AccessDeniedException.class);
            assertThat(store.open(file)).isEqualTo(sample);
            try (var s = Files.list(folder)) {
                assertThat(s.toList()).containsExactly(file);
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderThatIsAFileRefusesTheSaveForEveryUser() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("usb"), "x");
        assertThatThrownBy(() -> store.save(notAFolder.resolve("s.json"), sample)).isInstanceOf(IOException.class);
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aFileRemovedUnderneathIsWrittenAgainByTheNextAutosave() throws Exception {
        Path file = dir.resolve("s.json");
        ManualScheduler scheduler = new ManualScheduler(clock);
        Autosave a = new Autosave(store, new Recovery(dir.resolve("autosave"), store, locks), locks, scheduler, clock,
                sample.id(), file, locks.acquire(file), null, new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path f, Instant at) { }

                    @Override
                    public void failed(Session snapshot, Path target, IOException error) {
                        throw new AssertionError(error);
                    }
                });
        a.changed(Sessions.variant(sample, 1));
        scheduler.advance(Duration.ofSeconds(2));
        Files.delete(file);
        a.changed(Sessions.variant(sample, 2));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(store.open(file)).isEqualTo(Sessions.variant(sample, 2));
    }

    @Test
    void aVanishedFolderIsNeverMadeAgainAndTheSessionIsSavedWhenItIsBack() throws Exception {
        Path usb = Files.createDirectory(dir.resolve("usb"));
        Path file = usb.resolve("s.json");
        ManualScheduler scheduler = new ManualScheduler(clock);
        java.util.List<String> events = new java.util.ArrayList<>();
        Autosave a = new Autosave(store, new Recovery(dir.resolve("autosave"), store, locks), locks, scheduler, clock,
                sample.id(), file, locks.acquire(file), null, new Autosave.Listener() {
                    @Override
                    public void saved(Session snapshot, Path f, Instant at) {
                        events.add("saved " + snapshot.info().title() + " at " + at);
                    }

                    @Override
                    public void failed(Session snapshot, Path target, IOException error) {
                        events.add("failed: " + error.getClass().getSimpleName() + " " + error.getMessage());
                    }
                });
        a.changed(Sessions.variant(sample, 1));
        scheduler.advance(Duration.ofSeconds(2));
        // The stick is pulled: the folder and everything in it are gone.
        Files.delete(file);
        Files.delete(SessionLocks.lockFileOf(file));
        Files.delete(usb);
        a.changed(Sessions.variant(sample, 2));
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).startsWith("failed: NoSuchFileException " + file);
        assertThat(usb).as("never created again on the local disk").doesNotExist();
        try (var s = Files.list(dir.resolve("autosave"))) {
            Path copy = s.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            assertThat(store.open(copy)).as("the state waits in the recovery area").isEqualTo(Sessions.variant(sample, 2));
        }
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(usb).doesNotExist();
        assertThat(events).as("no write is tried while the folder is away").hasSize(2);
        // The stick is back: saved within one folder check, without a click.
        Files.createDirectory(usb);
        scheduler.advance(Autosave.FOLDER_CHECK);
        assertThat(events).hasSize(3);
        assertThat(events.get(2)).startsWith("saved Variant 2");
        assertThat(store.open(file)).isEqualTo(Sessions.variant(sample, 2));
    }

    @Test
    void theStoreNeverMakesTheFolderOfASessionFile() throws Exception {
        Path gone = dir.resolve("share").resolve("s.json");
        assertThatThrownBy(() -> store.save(gone, sample)).isInstanceOfSatisfying(java.nio.file.NoSuchFileException.class,
                e -> assertThat(e.getFile()).isEqualTo(gone.toString()));
        assertThat(gone.getParent()).doesNotExist();
    }

    @Test
    void aCorruptFileIsReportedWithItsPlaceAndKeptWhenSavedOver() throws Exception {
        Path file = dir.resolve("s.json");
        String text = Files.readString(Path.of("examples/sample-session.json"));
        byte[] corrupt = text.replaceFirst("\"title\": ", "\"title\" ").getBytes(StandardCharsets.UTF_8);
        Files.write(file, corrupt);
        assertThatThrownBy(() -> store.open(file)).isInstanceOfSatisfying(FileProblemException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).toString()).isEqualTo(file + ":7:13: $.case.title: not valid JSON: "
                    + "a colon (:) was expected after the field name, but here is a double quote (\")");
        });
        assertThat(Files.readAllBytes(file)).as("reading never writes").isEqualTo(corrupt);
        // Saving over it on purpose ("save as") keeps the corrupt file among the backups first.
        store.save(file, sample);
        assertThat(store.open(file)).isEqualTo(sample);
        assertThat(new Backups(dir.resolve("backups"), clock).list(file)).singleElement()
                .satisfies(b -> assertThat(Files.readAllBytes(b)).isEqualTo(corrupt));
    }

    @Test
    void aFileAnotherInstanceHasOpenIsNotWritten() throws Exception {
        Path file = dir.resolve("s.json");
        store.save(file, sample);
        processes.instance(2, clock).acquire(file);
        assertThatThrownBy(() -> store.save(file, Sessions.variant(sample, 1))).isInstanceOf(SessionLockedException.class)
                .hasMessageStartingWith("the file is already open in Samtalsledaren on computer here (process 2");
        assertThat(store.open(file)).isEqualTo(sample);
    }

    @Test
    void aStateTheAppCouldNotOpenAgainIsNeverWrittenOverAGoodFile() throws Exception {
        Path file = dir.resolve("s.json");
        store.save(file, sample);
        // A time log out of order (e.g. the computer's clock was behind the file's times).
        var log = new java.util.ArrayList<>(sample.timeLog());
        var last = log.get(log.size() - 1);
        log.add(new se.samtalsledaren.model.TimeSegment(last.phase(), last.start().minusSeconds(60), null));
        Session broken = new Session(sample.id(), sample.caseRef(), sample.info(), sample.participants(), sample.plan(),
                sample.addedMinutes(), sample.notes(), sample.solutions(), sample.agreements(), log, sample.current(),
                sample.floor());
        assertThatThrownBy(() -> store.save(file, broken)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("the session cannot be saved in a form that opens again (" + file + ":")
                .hasMessageContaining("$.timeLog[");
        assertThat(store.open(file)).isEqualTo(sample);
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("s.json");
        store.save(file, sample);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        store.save(file, Sessions.variant(sample, 1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw-r--");
    }
}
