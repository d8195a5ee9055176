package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
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

/**
 * The main window on the bundled cases and one writable library folder, as the case editor's UI
 * tests start it, and the look-ups they share.
 */
final class EditorTestKit {
    final FakeClock clock = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));
    final Messages messages = new Messages(new Locale("sv"));
    Path folder;
    Stage main;
    boolean quitCalled;

    /** Shows the main window in {@code stage}, with a fresh library folder under {@code home}. */
    void start(Stage stage, Path home) throws IOException {
        folder = Files.createDirectories(home.resolve("egna-" + System.nanoTime()));
        Preferences prefs = new Preferences("sv", 1.0, null, List.of(folder.toString()));
        CaseLibrary library = loader().load(List.of(folder));
        PreferencesService service = new PreferencesService(new PreferencesStore(AppDirectories.under(home.resolve("p" + System.nanoTime()))),
                prefs, Background.synchronous(), e -> { throw new AssertionError(e); });
        Parent root = MainWindow.build(new UiText(new Locale("sv")), library, service, () -> quitCalled = true,
                TestWindows::create, Background.synchronous(), clock, TestWindows.actions(library));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        main = stage;
    }

    CaseLibraryLoader loader() {
        return new CaseLibraryLoader(new CaseFormat(messages), messages);
    }

    /** The newest window whose title starts with {@code titlePrefix}. */
    static Stage window(String titlePrefix) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titlePrefix))
                .map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
    }

    static <T extends Node> T in(FxRobot robot, Stage stage, String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    /** The texts of the visible labels with {@code styleClass} in {@code stage}. */
    static List<String> labels(FxRobot robot, Stage stage, String styleClass) {
        return robot.from(stage.getScene().getRoot()).lookup(styleClass).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    /** Opens the editor on a copy of the bundled case 1 ("Duplicera och anpassa …") and targets it. */
    Stage duplicateCase1(FxRobot robot) {
        robot.clickOn("Omtag i visionsarbetet");
        Button edit = robot.lookup("#editCase").queryAs(Button.class);
        assertThat(edit.getText()).isEqualTo("Duplicera och anpassa …");
        robot.clickOn(edit);
        WaitForAsyncUtils.waitForFxEvents();
        Stage editor = window("Case-editor");
        robot.targetWindow(editor);
        return editor;
    }

    /** Selects all text of the control {@code id}, deletes it and types {@code text}. */
    static void replaceText(FxRobot robot, Stage editor, String id, String text) {
        robot.clickOn(in(robot, editor, id, Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks the tab labelled {@code text} (of the editor's sections or of its preview). */
    static void selectTab(FxRobot robot, Stage stage, String text) {
        robot.clickOn(robot.from(stage.getScene().getRoot()).lookup(".tab-label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(text)).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
