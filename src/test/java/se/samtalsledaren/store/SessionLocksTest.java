package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.session.FakeClock;

class SessionLocksTest {
    @TempDir Path dir;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final FakeProcesses processes = new FakeProcesses();

    @Test
    void aSecondInstanceIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("s.json");
        SessionLocks first = processes.instance(100, clock);
        SessionLocks second = processes.instance(200, clock);
        first.acquire(file);
        assertThatThrownBy(() -> second.acquire(file)).isInstanceOfSatisfying(SessionLockedException.class, e -> {
            assertThat(e.getMessage()).startsWith("the file is already open in Samtalsledaren on computer here (process 100, since ");
            assertThat(e.owner().pid()).isEqualTo(100);
        });
        assertThat(second.heldByOtherProcess(file)).isPresent();
        assertThat(first.heldByOtherProcess(file)).isEmpty();
    }

    @Test
    void theSameInstanceCannotOpenAFileTwice() throws Exception {
        Path file = dir.resolve("s.json");
        SessionLocks locks = processes.instance(100, clock);
        locks.acquire(file);
        assertThatThrownBy(() -> locks.acquire(file)).hasMessage("the file is already open in another window");
    }

    @Test
    void releasingRemovesTheLockFile() throws Exception {
        Path file = dir.resolve("s.json");
        SessionLocks locks = processes.instance(100, clock);
        SessionLocks.Held h = locks.acquire(file);
        assertThat(SessionLocks.lockFileOf(file)).exists();
        h.release();
        assertThat(SessionLocks.lockFileOf(file)).doesNotExist();
        assertThat(processes.instance(200, clock).acquire(file)).isNotNull();
    }

    @Test
    void aLockLeftByACrashedProcessIsTakenOver() throws Exception {
        Path file = dir.resolve("s.json");
        processes.instance(100, clock).acquire(file);
        processes.kill(100);
        SessionLocks next = processes.instance(200, clock);
        assertThat(next.heldByOtherProcess(file)).isEmpty();
        assertThat(next.acquire(file).file()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.readString(SessionLocks.lockFileOf(file))).contains("\"pid\" : 200");
    }

    @Test
    void aLockFromAnotherHostIsStaleOnlyAfterTwelveHoursWithoutRefresh() throws Exception {
        Path file = dir.resolve("s.json");
        SessionLocks elsewhere = new SessionLocks(new Messages(Locale.ENGLISH), clock, 100, "laptop", FakeProcesses.STARTED,
                (pid, start) -> true);
        elsewhere.acquire(file);
        Files.setLastModifiedTime(SessionLocks.lockFileOf(file), FileTime.from(clock.instant()));
        SessionLocks here = processes.instance(100, clock); // same pid on another machine means nothing
        assertThatThrownBy(() -> here.acquire(file)).hasMessageContaining("on computer laptop");
        clock.advance(SessionLocks.FOREIGN_STALE_AFTER.plusMinutes(1));
        assertThat(here.acquire(file)).isNotNull();
    }

    @Test
    void anUnreadableLockBlocksBrieflyThenIsStale() throws Exception {
        Path file = dir.resolve("s.json");
        Path lock = SessionLocks.lockFileOf(file);
        Files.writeString(lock, "{\"pid\": ");
        Files.setLastModifiedTime(lock, FileTime.from(clock.instant()));
        SessionLocks locks = processes.instance(100, clock);
        assertThatThrownBy(() -> locks.acquire(file)).isInstanceOf(SessionLockedException.class)
                .hasMessageContaining("being written");
        clock.advance(Duration.ofMinutes(2));
        assertThat(locks.acquire(file)).isNotNull();
    }

    @Test
    void theRealProcessProbeKnowsThisProcessAndRejectsAReusedId() {
        SessionLocks.Processes system = SessionLocks.Processes.system();
        ProcessHandle self = ProcessHandle.current();
        Instant start = self.info().startInstant().orElse(null);
        assertThat(system.alive(self.pid(), start)).isTrue();
        if (start != null) {
            assertThat(system.alive(self.pid(), start.minus(Duration.ofHours(3)))).as("pid reused by a later process").isFalse();
        }
        assertThat(system.alive(Long.MAX_VALUE - 1, null)).isFalse();
    }
}
