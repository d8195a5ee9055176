package se.samtalsledaren.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.room.LanAddresses;
import se.samtalsledaren.session.MonotonicClock;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.Scheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.FxBackground;
import se.samtalsledaren.ui.export.ExportWindows;
import se.samtalsledaren.ui.room.RoomViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * {@link RoomLoad}'s forty phones against the room of a real session window: the app's
 * {@code SessionWindows} opens a session of forty participants (the step timer running, the
 * projector view open), its room panel opens the room on 127.0.0.1, and the phones in a second
 * JVM type once a second each. Measures what the FX thread does meanwhile: a probe hands it a
 * task every 20 ms and records how late it ran (a stall shows as a late probe), besides the
 * phones' answer times and this JVM's RSS. Needs a display (Xvfb is enough).
 *
 * <pre>xvfb-run -a java -cp bench/target/benchmarks.jar se.samtalsledaren.bench.RoomWindowLoad [PHONES] [SECONDS] [WARMUP]</pre>
 */
public final class RoomWindowLoad {
    private RoomWindowLoad() {}

    public static void main(String[] args) throws Exception {
        int phones = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path home = Files.createTempDirectory("room-window");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);

        Messages messages = new Messages(new Locale("sv"));
        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        Case c = library.byId("skr-11").orElseThrow().value();
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= phones; i++) {
            people.add(new Participant("p" + i, "Deltagare " + i, i % 2 == 0 ? Role.TJANSTEPERSON : Role.FORTROENDEVALD, ""));
        }
        Session start = Session.start("bench-window", CaseRef.of(c), new SessionInfo("Rummet", java.time.LocalDate.now(), "", ""),
                people, TimePlan.defaultFor(90));
        Clock wall = Clock.systemUTC();
        Clock clock = new MonotonicClock(ZoneId.systemDefault());
        SessionLocks locks = SessionLocks.forThisProcess(messages, wall);
        SessionStore store = new SessionStore(messages, new Backups(home.resolve("backups"), wall), locks);
        ScheduledExecutorService autosaveThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(true);
            return t;
        });
        FxBackground background = new FxBackground();
        UiText text = new UiText(new Locale("sv"));
        String css = se.samtalsledaren.ui.App.class.getResource("app.css").toExternalForm();
        PreferencesService preferences = new PreferencesService(new PreferencesStore(AppDirectories.under(home)),
                se.samtalsledaren.store.Preferences.defaults(), background, e -> { });
        LanAddresses.Address loopback = new LanAddresses.Address(InetAddress.getLoopbackAddress(), "lo", LanAddresses.Kind.OTHER);
        SessionWindows windows = new SessionWindows(text, background, clock, store, new ParticipantLists(messages), css,
                library::byId, new SessionWindows.Durability(locks, new Recovery(home.resolve("autosave"), store, locks),
                Scheduler.of(autosaveThread), Platform::runLater, ZoneId.systemDefault()), onFailure -> { },
                new ExportWindows(text, background, new se.samtalsledaren.export.Exporter(), ZoneId.systemDefault(), f -> { }, css,
                        home, new se.samtalsledaren.export.Warmup() {
                            @Override
                            public void startOnce(se.samtalsledaren.export.ExportFormat first) {
                            }

                            @Override
                            public void stop() {
                            }
                        }, new se.samtalsledaren.ui.WindowSizes(preferences)), new PreparationFormat(messages), preferences,
                new SessionWindows.Rooms(() -> List.of(loopback), Platform::runLater));

        CompletableFuture<Stage> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = windows.openSession(start, c, null);
            window.complete(stage);
        });
        Stage stage = window.get(60, TimeUnit.SECONDS);
        RoomViewModel room = (RoomViewModel) stage.getProperties().get(RoomViewModel.class);
        CompletableFuture<String> joinUrl = new CompletableFuture<>();
        Platform.runLater(() -> {
            // The step clock runs and the projector shows the room, as in a workshop.
            se.samtalsledaren.ui.session.SessionViewModel vm =
                    (se.samtalsledaren.ui.session.SessionViewModel) stage.getProperties().get(se.samtalsledaren.ui.session.SessionViewModel.class);
            vm.togglePause();
            ((se.samtalsledaren.ui.projector.ProjectorWindow) stage.getProperties().get(se.samtalsledaren.ui.projector.ProjectorWindow.class))
                    .open(stage);
            room.openProperty().addListener((o, a, open) -> {
                if (open) {
                    joinUrl.complete(room.joinUrlProperty().get());
                }
            });
            room.toggle();
        });
        String join = joinUrl.get(60, TimeUnit.SECONDS);
        String base = join.substring(0, join.indexOf("/j/"));
        String token = join.substring(join.indexOf("/j/") + 3);

        RoomLoad.SessionThreadProbe probe = new RoomLoad.SessionThreadProbe(Platform::runLater, 20);
        long rssOpened = RoomLoad.rssKiB();
        Process others = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), RoomLoad.class.getName(), "phones", base, token,
                Integer.toString(phones), Integer.toString(seconds), Integer.toString(warmup))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(others.getInputStream(), StandardCharsets.UTF_8))) {
            System.out.printf(Locale.ROOT, "session window with its room: phones %d, seconds %d after %d of warm-up%n", phones, seconds,
                    warmup);
            long rssWarm = -1;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("warm")) {
                    System.gc();
                    rssWarm = RoomLoad.rssKiB();
                    probe.start();
                } else if (line.equals("done")) {
                    probe.stop();
                    System.gc();
                    long rssEnd = RoomLoad.rssKiB();
                    List<Long> late = probe.waits();
                    Collections.sort(late);
                    System.out.printf(Locale.ROOT, "fx-thread probes: %d, late-ms p50 %.1f p99 %.1f max %.1f; over 100 ms: %d%n",
                            late.size(), RoomLoad.pct(late, 50) / 1000.0, RoomLoad.pct(late, 99) / 1000.0,
                            late.get(late.size() - 1) / 1000.0, late.stream().filter(l -> l > 100_000).count());
                    probe.slow().forEach(w -> System.out.println("fx-thread late " + w));
                    System.out.printf(Locale.ROOT, "rss-kib opened: %d, warm: %d, end: %d; growth-mib from opened %.1f, from warm %.1f%n",
                            rssOpened, rssWarm, rssEnd, (rssEnd - rssOpened) / 1024.0, (rssEnd - rssWarm) / 1024.0);
                } else {
                    System.out.println(line);
                }
            }
            others.waitFor(30, TimeUnit.SECONDS);
        } finally {
            others.destroy();
            Platform.runLater(stage::hide);
            windows.closeAll();
            autosaveThread.shutdown();
            autosaveThread.awaitTermination(10, TimeUnit.SECONDS);
            Platform.exit();
        }
        System.exit(0);
    }
}
