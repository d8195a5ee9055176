package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.ImportPlan;
import se.samtalsledaren.session.FakeClock;

/**
 * What failures and killed processes leave behind is cleaned up, and a lock that is incomplete
 * does not block forever: an empty lock after a full disk, temporary files in the backups and the
 * recovery area, an import's staging folder, a lock without its process's start time.
 */
class LeftoversTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final FakeProcesses processes = new FakeProcesses();

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path aged(Path p, Instant when) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(when));
        return p;
    }

    @Test
    void aFullDiskWhileTakingALockLeavesNoEmptyLockBehind() throws Exception {
        Path file = dir.resolve("s.json");
        SessionLocks full = new SessionLocks(messages, clock, 100, "here", FakeProcesses.STARTED, processes,
                (channel, content) -> {
                    throw new IOException("No space left on device");
                });
        assertThatThrownBy(() -> full.acquire(file)).hasMessage("No space left on device");
        assertThat(SessionLocks.lockFileOf(file)).doesNotExist();
        assertThat(processes.instance(200, clock).acquire(file)).as("nothing blocks the next try").isNotNull();
    }

    private Path lockWithoutStartTime(Path file, long pid, Instant acquired) throws IOException {
        Path lock = SessionLocks.lockFileOf(file);
        Files.writeString(lock, "{\"pid\": " + pid + ", \"host\": \"here\"" + (acquired == null ? "" : ", \"acquired\": \""
                + acquired + "\"") + "}", StandardCharsets.UTF_8);
        return aged(lock, acquired == null ? clock.instant() : acquired);
    }

    private SessionLocks here(SessionLocks.Processes p) {
        return new SessionLocks(messages, clock, 300, "here", FakeProcesses.STARTED, p);
    }

    private static SessionLocks.Processes aliveSince(Instant started) {
        return new SessionLocks.Processes() {
            @Override
            public boolean alive(long pid, Instant start) {
                return true;
            }

            @Override
            public Optional<Instant> started(long pid) {
                return Optional.ofNullable(started);
            }
        };
    }

    @Test
    void aLockWithoutAStartTimeIsStaleWhenItsProcessIdNowBelongsToALaterProcess() throws Exception {
        Path file = dir.resolve("s.json");
        lockWithoutStartTime(file, 4242, Instant.parse("2026-11-23T08:30:00Z"));
        // The id is in use, by a process started after the lock was taken: not its owner.
        assertThat(here(aliveSince(Instant.parse("2026-11-23T08:55:00Z"))).acquire(file)).isNotNull();
    }

    @Test
    void aLockWithoutAStartTimeHeldByTheProcessThatTookItStillBlocks() throws Exception {
        Path file = dir.resolve("s.json");
        lockWithoutStartTime(file, 4242, Instant.parse("2026-11-23T08:30:00Z"));
        assertThatThrownBy(() -> here(aliveSince(Instant.parse("2026-11-23T08:00:00Z"))).acquire(file))
                .isInstanceOf(SessionLockedException.class);
    }

    @Test
    void aLockWithoutAStartTimeWhoseProcessCannotBeAskedIsStaleAfterTwelveHoursWithoutASave() throws Exception {
        Path file = dir.resolve("s.json");
        lockWithoutStartTime(file, 4242, null);
        SessionLocks locks = here(aliveSince(null));
        assertThatThrownBy(() -> locks.acquire(file)).isInstanceOf(SessionLockedException.class);
        clock.advance(SessionLocks.FOREIGN_STALE_AFTER.plusMinutes(1));
        assertThat(locks.acquire(file)).isNotNull();
    }

    @Test
    void temporaryFilesOfKilledWritesAreRemovedFromTheBackupsAndTheRecoveryArea() throws Exception {
        Path file = Files.createDirectories(dir.resolve("work")).resolve("s.json");
        new SessionStore(messages).save(file, Sessions.sample());
        Backups backups = new Backups(dir.resolve("backups"), clock);
        Path folder = Files.createDirectories(backups.folderFor(file));
        Instant old = clock.instant().minus(Duration.ofHours(2));
        aged(Files.writeString(folder.resolve(".s.20261123T070000.000Z.json.4711.tmp"), "{\"half"), old);
        Path fresh = Files.writeString(folder.resolve(".s.20261123T085959.000Z.json.4712.tmp"), "{\"being wr");
        aged(fresh, clock.instant());
        SessionLocks locks = processes.instance(100, clock);
        new SessionStore(messages, backups, locks).save(file, Sessions.variant(Sessions.sample(), 1));
        assertThat(names(folder)).as("the old leftover is gone; a write in progress elsewhere is left alone")
                .contains(fresh.getFileName().toString()).noneMatch(n -> n.endsWith("4711.tmp"));

        Path area = Files.createDirectories(dir.resolve("autosave"));
        aged(Files.writeString(area.resolve(".abc-12345678.json.99.tmp"), "{"), old);
        new Recovery(area, new SessionStore(messages), locks).scan();
        assertThat(names(area)).isEmpty();
    }

    @Test
    void aStagingFolderOfAKilledImportIsRemovedByTheNextImport() throws Exception {
        CaseFormat format = new CaseFormat(messages);
        Path folder = Files.createDirectories(dir.resolve("bibliotek"));
        Path killed = Files.createDirectory(folder.resolve(".import-123"));
        Files.writeString(killed.resolve("a.json"), "{}");
        // Three hours older than now by the folder's file system's clock, which the import goes by.
        aged(killed, Files.getLastModifiedTime(folder).toInstant().minus(Duration.ofHours(3)));
        Path recent = Files.createDirectory(folder.resolve(".import-456")); // another import, running now
        var c = format.read("a.json", Files.readAllBytes(Path.of("cases/01-omtag-i-visionsarbetet.json")));
        new CaseStore(format).importInto(folder, List.of(new ImportPlan.Write("a.json", c, false)));
        assertThat(names(folder)).containsExactly(".import-456", "a.json");
        assertThat(recent).isDirectory();
    }
}
