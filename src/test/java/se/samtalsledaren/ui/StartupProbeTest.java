package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.main.MainWindow;

/** The start-up probe: what it prints, when, and that the main window is ready at its first layout pass. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    @TempDir static Path home;

    private final ByteArrayOutputStream mainOut = new ByteArrayOutputStream();
    private final AtomicInteger mainExits = new AtomicInteger();

    /**
     * The real main view, built off the FX thread and put into the shown window before any pulse,
     * as {@code App.start} does, probed from its very first layout pass.
     */
    @Start
    void start(Stage stage) {
        Messages messages = new Messages(new Locale("sv"));
        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        PreferencesService prefs = new PreferencesService(new PreferencesStore(AppDirectories.under(home)),
                Preferences.defaults(), Background.synchronous(), e -> { throw new AssertionError(e); });
        CompletableFuture<Parent> building = CompletableFuture.supplyAsync(() -> {
            assertThat(Platform.isFxApplicationThread()).isFalse();
            return MainWindow.build(new UiText(new Locale("sv")), library, prefs, () -> { }, TestWindows::create,
                    TestWindows.actions(library));
        });
        Scene scene = MainWindow.emptyScene(new Preferences.WindowBounds(0, 0, 1280, 800, false),
                App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        FakeClock clock = FakeClock.at("2026-11-23T09:00:01.234Z");
        stage.show();
        Parent root = building.join();
        scene.setRoot(root);
        new StartupProbe(clock, Instant.parse("2026-11-23T09:00:00Z").toEpochMilli(), print(mainOut), mainExits::incrementAndGet)
                .attach(scene, StartupProbe.casesListed(root));
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Test
    void mainWindowListsTheCasesAtItsFirstLayoutPass(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mainOut.toString(StandardCharsets.UTF_8)).isEqualTo("first-frame-ms: 1234\nlayout-pass: 1\n".replace("\n", System.lineSeparator()));
        assertThat(mainExits).hasValue(1);
        // Shown with an empty root first: the window has its real content, laid out.
        javafx.scene.control.ListView<?> cases = robot.lookup("#caseList").queryAs(javafx.scene.control.ListView.class);
        assertThat(cases.getScene().getRoot().lookup("#librarySearch")).isNotNull();
        assertThat(cases.getItems()).hasSize(13);
        assertThat(cases.getHeight()).isGreaterThan(300);
    }

    @Test
    void measuresTheFirstReadyPassOnlyAndExitsOnce() {
        FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exits = new AtomicInteger();
        StartupProbe probe = new StartupProbe(clock, clock.millis(), print(out), exits::incrementAndGet);

        clock.advance(Duration.ofMillis(700));
        assertThat(probe.layoutDone(false)).isFalse();
        assertThat(out.size()).isZero();
        clock.advance(Duration.ofMillis(150));
        assertThat(probe.layoutDone(true)).isTrue();
        clock.advance(Duration.ofMillis(500));
        assertThat(probe.layoutDone(true)).isFalse();

        assertThat(out.toString(StandardCharsets.UTF_8).split("\\R")).containsExactly("first-frame-ms: 850", "layout-pass: 2");
        assertThat(exits).hasValue(1);
    }

    @Test
    void waitsUntilTheCaseListHasFilledCells(FxRobot robot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger exits = new AtomicInteger();
        ListView<String> list = new ListView<>();
        list.setId("caseList");
        StackPane root = new StackPane(list);
        robot.interact(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(root, 400, 300);
            stage.setScene(scene);
            new StartupProbe(FakeClock.at("2026-11-23T09:00:00Z"), 0, print(out), exits::incrementAndGet)
                    .attach(scene, StartupProbe.casesListed(root));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out.size()).as("nothing listed yet").isZero();

        robot.interact(() -> list.setItems(FXCollections.observableArrayList("1", "2")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("first-frame-ms: ").contains("layout-pass: ");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("layout-pass: 1" + System.lineSeparator());
        assertThat(exits).hasValue(1);
        robot.interact(() -> root.getScene().getWindow().hide());
    }

    /** The window icons are drawn this way: after the first frame, once, never before the window shows. */
    @Test
    void workPutOffUntilAfterTheFirstFrameRunsOnceThen(FxRobot robot) {
        AtomicInteger ran = new AtomicInteger();
        StackPane root = new StackPane(new javafx.scene.control.Label("Case"));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            Scene scene = new Scene(root, 300, 200);
            stage[0].setScene(scene);
            MainWindow.afterFirstFrame(scene, ran::incrementAndGet);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).as("the window is not shown yet").hasValue(0);

        robot.interact(() -> stage[0].show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).hasValue(1);

        robot.interact(() -> root.getChildren().add(new javafx.scene.control.Label("one more layout pass")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ran).hasValue(1);
        robot.interact(() -> stage[0].hide());
    }
}
