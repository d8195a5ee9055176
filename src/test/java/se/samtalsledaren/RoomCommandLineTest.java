package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.room.RoomPreparations;
import se.samtalsledaren.store.SessionFormat;

/**
 * The whole app in a JVM of its own (JavaFX on Monocle's headless screen):
 * {@code SESSION.json --room --room-address 127.0.0.1} prints {@code room: URL}, a phone joins
 * and types, and after the autosave the typing is in the session file even though the app is
 * then killed with SIGKILL.
 */
class RoomCommandLineTest {
    @TempDir Path dir;

    @Test
    void roomPrintsTheJoinAddressAndTypingSurvivesKillMinusNine() throws Exception {
        Path file = dir.resolve("rummet.json");
        Files.copy(Path.of("examples/sample-session.json"), file);
        Process app = new ProcessBuilder(AppProcess.command(dir.resolve("home"), file.toString(), "--room", "--room-address", "127.0.0.1"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BlockingQueue<String> out = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))
                    .lines().forEach(out::add), "app-stdout");
            reader.setDaemon(true);
            reader.start();
            String line = out.poll(120, TimeUnit.SECONDS);
            assertThat(line).as("the app's first line").isNotNull().matches("room: http://127\\.0\\.0\\.1:\\d+/j/[A-Za-z0-9_-]{24}");
            String join = line.substring("room: ".length());
            String base = join.substring(0, join.indexOf("/j/"));

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(join)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.body()).contains("Karin Lindqvist", "Per Håkansson");
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(join))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("participant=p4")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            try (WatchService watch = FileSystems.getDefault().newWatchService()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                HttpResponse<String> typed = http.send(HttpRequest.newBuilder(URI.create(base + "/p/prep")).header("Cookie", cookie)
                        .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("s2=Skrivet+p%C3%A5+telefonen+f%C3%B6re+kill")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(typed.statusCode()).as("in the session now").isEqualTo(204);
                // Autosave writes within 2 s of the change: wait for the file to change, without sleeping.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!Files.readString(file).contains("Skrivet på telefonen före kill")) {
                    long left = deadline - System.nanoTime();
                    assertThat(left).as("autosave wrote the typing").isPositive();
                    var key = watch.poll(left, TimeUnit.NANOSECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                    }
                }
            }
            assertThat(app.toHandle().destroyForcibly()).isTrue();
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Session saved = new SessionFormat(new Messages(Locale.ENGLISH)).read(file.toString(), Files.readAllBytes(file));
            assertThat(RoomPreparations.of(saved, "p4").orElseThrow().step(Phase.STEP_2)).isEqualTo("Skrivet på telefonen före kill");
            assertThat(RoomPreparations.of(saved, "p4").orElseThrow().name()).isEqualTo("Per Håkansson");
        } finally {
            app.destroyForcibly();
        }
    }


    /**
     * Logging out or shutting down sends SIGTERM: typing that reached the session a moment before
     * is written by the shutdown hook (rooms closed first, then the last autosave), without waiting
     * for the autosave's two seconds.
     */
    @Test
    void typingIsSavedWhenTheAppIsEndedWithSigterm() throws Exception {
        Path file = dir.resolve("sigterm.json");
        Files.copy(Path.of("examples/sample-session.json"), file);
        Process app = new ProcessBuilder(AppProcess.command(dir.resolve("home2"), file.toString(), "--room", "--room-address", "127.0.0.1"))
                .redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            String line = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).as("the app's first line").isNotNull().startsWith("room: ");
            String join = line.substring("room: ".length());
            String base = join.substring(0, join.indexOf("/j/"));
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> joined = http.send(HttpRequest.newBuilder(URI.create(join))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("participant=p5")).build(), HttpResponse.BodyHandlers.ofString());
            String cookie = joined.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            HttpResponse<String> typed = http.send(HttpRequest.newBuilder(URI.create(base + "/p/prep")).header("Cookie", cookie)
                    .header("Accept", "application/json").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("s3=Skrivet+strax+f%C3%B6re+SIGTERM")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(typed.statusCode()).isEqualTo(204);

            app.destroy(); // SIGTERM, at once: the typing is still waiting for its batch
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("the app ends on SIGTERM").isTrue();
            assertThat(Files.readString(file)).as(Files.readString(dir.resolve("err.txt"))).contains("Skrivet strax före SIGTERM");
            Session saved = new SessionFormat(new Messages(Locale.ENGLISH)).read(file.toString(), Files.readAllBytes(file));
            assertThat(RoomPreparations.of(saved, "p5").orElseThrow().step(Phase.STEP_3)).isEqualTo("Skrivet strax före SIGTERM");
        } finally {
            app.destroyForcibly();
        }
    }
}
