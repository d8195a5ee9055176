package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;

/**
 * Kills a process that saves a session in a loop with SIGKILL at random moments, many times,
 * and checks every time that the file on disk parses and is a state that was saved: the last
 * one completed, or the one being written when the process died.
 */
@Tag("crash")
class CrashTest {
    private static final int ROUNDS = 30;
    private static final long SEED = 20261123L;

    @TempDir Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewCompleteFile() {
        assertTimeoutPreemptively(Duration.ofSeconds(150), this::rounds);
    }

    private void rounds() throws Exception {
        Path file = dir.resolve("session.json");
        Path backups = dir.resolve("backups");
        SessionStore reader = new SessionStore(new Messages(Locale.ENGLISH));
        Session base = Sessions.sample();
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Random random = new Random(SEED);
        Integer onDisk = null; // the state the file held after the previous round
        int killedMidWrite = 0;
        int totalSaves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int first = round * 1_000_000;
            Process p = new ProcessBuilder(javaCommand, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    file.toString(), backups.toString(), String.valueOf(first))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("child started (round %d)", round).isEqualTo("READY");
            // Kill it somewhere in its first 400 ms of saving.
            p.waitFor(random.nextInt(400), TimeUnit.MILLISECONDS);
            assertThat(p.isAlive()).as("child still saving when killed (round %d)", round).isTrue();
            // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks. Through the handle, so
            // the pipe stays open and everything the child printed can still be read.
            assertThat(p.toHandle().destroyForcibly()).isTrue();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            List<String> log = new ArrayList<>();
            while ((line = out.readLine()) != null) {
                log.add(line);
            }
            int lastStarted = -1;
            int lastDone = -1;
            for (String l : log) {
                if (l.startsWith("W ")) {
                    lastStarted = Integer.parseInt(l.substring(2));
                } else if (l.startsWith("D ")) {
                    lastDone = Integer.parseInt(l.substring(2));
                }
            }
            List<Integer> allowed = new ArrayList<>();
            if (lastStarted >= 0) {
                allowed.add(lastStarted);
            }
            allowed.add(lastDone >= 0 ? Integer.valueOf(lastDone) : onDisk);
            if (lastStarted > lastDone) {
                killedMidWrite++;
            }
            totalSaves += lastDone < 0 ? 0 : lastDone - first + 1;

            Session actual = reader.open(file);
            String title = actual.info().title();
            assertThat(title).startsWith("Variant ");
            int state = Integer.parseInt(title.substring("Variant ".length()));
            assertThat(allowed).as("round %d: file holds state %d; log ends %s", round, state,
                    log.subList(Math.max(0, log.size() - 3), log.size())).contains(state);
            assertThat(actual).isEqualTo(Sessions.variant(base, state));
            onDisk = state;
        }
        System.out.printf("CrashTest: %d rounds, %d saves completed, %d kills landed while a write was in progress%n",
                ROUNDS, totalSaves, killedMidWrite);
        assertThat(totalSaves).as("the children really saved").isGreaterThan(ROUNDS);
        assertThat(killedMidWrite).as("some kills hit a write in progress").isPositive();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).toList())
                    .containsExactly("session.json");
        }
        // What the killed writes left behind is cleared by the next process's first save once stale.
        Session last = reader.open(file);
        SessionStore later = new SessionStore(new Messages(Locale.ENGLISH),
                new Backups(backups, java.time.Clock.offset(java.time.Clock.systemUTC(), Duration.ofMinutes(5))), null);
        later.save(file, last);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList()).isEmpty();
        }
    }
}
