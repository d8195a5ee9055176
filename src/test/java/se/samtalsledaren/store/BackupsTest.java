package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.session.FakeClock;

class BackupsTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");

    @Test
    void firstOverwriteAlwaysKeepsACopyThenAtMostOnePerInterval() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), clock);
        Path file = dir.resolve("s.json");
        assertThat(backups.beforeOverwrite(file)).as("nothing to back up yet").isEmpty();
        Files.writeString(file, "v1");
        Path first = backups.beforeOverwrite(file).orElseThrow();
        assertThat(first.getFileName().toString()).isEqualTo("s.20261123T090000.000Z.json");
        assertThat(Files.readString(first)).isEqualTo("v1");
        Files.writeString(file, "v2");
        clock.advance(Duration.ofMinutes(5));
        assertThat(backups.beforeOverwrite(file)).as("too soon").isEmpty();
        clock.advance(Duration.ofMinutes(6));
        assertThat(backups.beforeOverwrite(file)).isPresent();
        assertThat(backups.list(file)).extracting(Files::readString).containsExactly("v1", "v2");
    }

    @Test
    void identicalCopiesAreSkippedAndOnlyTheNewestAreKept() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), clock, 3, Duration.ZERO);
        Path file = dir.resolve("s.json");
        Files.writeString(file, "same");
        backups.beforeOverwrite(file);
        clock.advance(Duration.ofSeconds(1));
        assertThat(backups.beforeOverwrite(file)).isEmpty();
        for (int i = 0; i < 6; i++) {
            Files.writeString(file, "state " + i);
            clock.advance(Duration.ofSeconds(1));
            backups.beforeOverwrite(file);
        }
        assertThat(backups.list(file)).extracting(Files::readString).containsExactly("state 3", "state 4", "state 5");
    }

    @Test
    void filesWithTheSameNameInDifferentFoldersKeepSeparateBackups() throws Exception {
        Backups backups = new Backups(dir.resolve("backups"), clock);
        Path a = Files.createDirectories(dir.resolve("a")).resolve("s.json");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("s.json");
        Files.writeString(a, "A");
        Files.writeString(b, "B");
        backups.beforeOverwrite(a);
        backups.beforeOverwrite(b);
        assertThat(backups.folderFor(a)).isNotEqualTo(backups.folderFor(b));
        assertThat(backups.list(a)).extracting(Files::readString).containsExactly("A");
        assertThat(backups.list(b)).extracting(Files::readString).containsExactly("B");
    }

    @Test
    void theFirstSaveClearsTemporaryFilesLeftByAKilledWrite() throws Exception {
        Path file = dir.resolve("s.json");
        Path old = Files.writeString(dir.resolve(".s.json.123.tmp"), "{\"formatVer");
        Path fresh = Files.writeString(dir.resolve(".s.json.456.tmp"), "{");
        Path other = Files.writeString(dir.resolve(".t.json.789.tmp"), "{");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));
        Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(clock.instant()));
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(clock.instant().minus(Duration.ofHours(5))));
        SessionStore store = new SessionStore(new se.samtalsledaren.json.Messages(java.util.Locale.ENGLISH),
                new Backups(dir.resolve("backups"), clock), new FakeProcesses().instance(1, clock));
        store.save(file, Sessions.sample());
        assertThat(old).doesNotExist();
        assertThat(fresh).as("may belong to a write in progress").exists();
        assertThat(other).as("another file's").exists();
    }
}
