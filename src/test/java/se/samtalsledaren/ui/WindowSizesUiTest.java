package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.main.MainWindow;
import se.samtalsledaren.ui.main.WindowPlacement;
import se.samtalsledaren.ui.preferences.PreferencesDialog;
import se.samtalsledaren.ui.projector.ProjectorWindow;
import se.samtalsledaren.ui.recovery.RecoveryDialog;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * Every window opens at its kind's preferred size (clamped to the screen) or at the size it had
 * when it last closed, and keeps that size when a window manager shrinks it as it is mapped.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSizesUiTest {
    @TempDir Path home;
    private CaseLibrary library;
    private SessionWindows windows;
    private Stage main;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        main = stage;
        library = TestWindows.bundledLibrary();
        windows = TestWindows.create(library);
        stage.setScene(new Scene(MainWindow.build(new UiText(new Locale("sv")), library, TestWindows.PREFERENCES, () -> { },
                TestWindows::create, TestWindows.actions(library))));
        WindowPlacement.place(stage, null);
        WindowSizes.showKeepingBounds(stage, stage::show);
    }

    @AfterEach
    void restoreDefaults() {
        TestWindows.PREFERENCES.update(p -> Preferences.defaults());
    }

    private Case case11() {
        return library.byId("skr-11").orElseThrow().value();
    }

    private static Stage window(String titlePrefix) {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith(titlePrefix)).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
    }

    private static void assertSize(Stage stage, WindowSizes.Kind kind) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).as(kind.key() + " width").isEqualTo(Math.min(kind.width(), screen.getWidth()));
        assertThat(stage.getHeight()).as(kind.key() + " height").isEqualTo(Math.min(kind.height(), screen.getHeight()));
    }

    @Test
    void everyWindowOpensAtItsPreferredSize(FxRobot robot) {
        assertSize(main, WindowSizes.MAIN);

        robot.interact(() -> windows.showSetup(case11(), main));
        Stage setup = window("Ny session");
        assertSize(setup, WindowSizes.SETUP);
        robot.interact(setup::close);

        robot.interact(() -> windows.openSession(Sessions.sample(), case11(), null));
        Stage session = window("Session:");
        assertSize(session, WindowSizes.SESSION);

        ProjectorWindow projector = (ProjectorWindow) session.getProperties().get(ProjectorWindow.class);
        robot.interact(() -> projector.open(session));
        assertSize(window("Projektorvy"), WindowSizes.PROJECTOR);
        robot.interact(projector::close);

        robot.interact(() -> TestWindows.exports(TestWindows.OPENED).showSessionExport(Sessions.sample(),
                java.time.Instant.parse("2026-03-12T15:00:00Z"), case11(), null, session));
        Stage export = window("Exportera anteckningar");
        assertSize(export, WindowSizes.EXPORT);
        robot.interact(export::close);
        robot.interact(session::close);

        robot.interact(() -> PreferencesDialog.show(new UiText(new Locale("sv")), App.class.getResource("app.css").toExternalForm(),
                TestWindows.PREFERENCES.current(), main, p -> { }, new WindowSizes(TestWindows.PREFERENCES)));
        Stage preferences = window("Inställningar");
        assertSize(preferences, WindowSizes.PREFERENCES);
        robot.interact(preferences::close);

        robot.interact(() -> new RecoveryDialog(new UiText(new Locale("sv")), ZoneOffset.UTC, Background.synchronous(), null, null,
                App.class.getResource("app.css").toExternalForm(), new WindowSizes(TestWindows.PREFERENCES))
                .show(List.of(), main, (c, slot) -> { }));
        Stage recovery = window("Återställ sessioner");
        assertSize(recovery, WindowSizes.RECOVERY);
        robot.interact(recovery::close);

        robot.interact(() -> TestWindows.participants(library).open(null));
        Stage participant = window("Förbered som deltagare");
        assertSize(participant, WindowSizes.PARTICIPANT);
        robot.interact(participant::close);

        robot.targetWindow(main).clickOn("Arkiv").clickOn("Nytt case …");
        Stage editor = window("Case-editor");
        assertSize(editor, WindowSizes.EDITOR);
        robot.interact(editor::hide);

        Stage[] compared = new Stage[1];
        robot.interact(() -> compared[0] = TestWindows.compare().compare(List.of(home.resolve("a.json"), home.resolve("b.json")), main));
        assertSize(compared[0], WindowSizes.COMPARE);
        robot.interact(compared[0]::close);

        Stage[] workshops = new Stage[1];
        robot.interact(() -> workshops[0] = TestWindows.workshops(TestWindows.compare(), (file, owner) -> { }).show(main));
        assertSize(workshops[0], WindowSizes.WORKSHOPS);
        robot.interact(workshops[0]::close);
    }

    @Test
    void aWindowSizedToItsContentOpensAtThatSize(FxRobot robot) {
        robot.targetWindow(main).clickOn("Arkiv").clickOn("Biblioteksmappar …");
        Stage folders = window("Biblioteksmappar");
        javafx.scene.Parent root = folders.getScene().getRoot();
        assertThat(folders.getScene().getWidth()).isGreaterThanOrEqualTo(Math.floor(root.prefWidth(-1)));
        assertThat(folders.getScene().getHeight()).isGreaterThanOrEqualTo(Math.floor(root.prefHeight(folders.getScene().getWidth())));
        robot.interact(folders::close);
        // Never resized: nothing to remember, the next one fits its content again.
        assertThat(TestWindows.PREFERENCES.current().windowSize(WindowSizes.LIBRARY_FOLDERS.key())).isEmpty();
    }

    @Test
    void aWindowReopensAtTheSizeItClosedAtWithinTheScreen(FxRobot robot) {
        robot.interact(() -> windows.openSession(Sessions.sample(), case11(), null));
        Stage first = window("Session:");
        robot.interact(() -> {
            first.setWidth(1100);
            first.setHeight(700);
        });
        robot.interact(first::close);
        assertThat(TestWindows.PREFERENCES.current().windowSize("session")).contains(new Preferences.WindowSize(1100, 700));

        robot.interact(() -> windows.openSession(Sessions.sample(), case11(), null));
        Stage second = window("Session:");
        assertThat(second.getWidth()).isEqualTo(1100);
        assertThat(second.getHeight()).isEqualTo(700);
        robot.interact(second::close);

        // A size remembered on a larger screen is clamped to this one.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        TestWindows.PREFERENCES.update(p -> p.withWindowSize("session", new Preferences.WindowSize(5000, 4000)));
        robot.interact(() -> windows.openSession(Sessions.sample(), case11(), null));
        Stage third = window("Session:");
        assertThat(third.getWidth()).isEqualTo(screen.getWidth());
        assertThat(third.getHeight()).isEqualTo(screen.getHeight());
        robot.interact(third::close);
    }

    @Test
    void aWindowShrunkAsItIsMappedGetsItsSizeBack(FxRobot robot) {
        PreferencesService preferences = new PreferencesService(new PreferencesStore(AppDirectories.under(home)),
                Preferences.defaults(), Background.synchronous(), e -> { throw new AssertionError(e); });
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setTitle("Krympt");
            stage.setScene(new Scene(new StackPane(new Label("Hej"))));
            new WindowSizes(preferences).show(stage, WindowSizes.SESSION);
            // What the window manager did under openbox: the mapped window came up at 200 × 200.
            stage.setWidth(200);
            stage.setHeight(200);
            shown[0] = stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSize(shown[0], WindowSizes.SESSION);
        // A window that small is not remembered.
        assertThat(new Preferences.WindowSize(200, 200).usable()).isFalse();
        robot.interact(shown[0]::close);
    }
}
