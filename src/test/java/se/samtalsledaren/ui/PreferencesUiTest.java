package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
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
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.ui.library.LibraryViewModel;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.main.MainWindow;

/** The preferences: a language switch keeps the selected case, session defaults reach new sessions, recent sessions. */
@ExtendWith(ApplicationExtension.class)
class PreferencesUiTest {
    @TempDir static Path home;
    private CaseLibrary library;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        library = TestWindows.bundledLibrary();
        stage.setScene(new Scene(view("sv"), 1280, 800));
        stage.show();
    }

    private Parent view(String language) {
        return MainWindow.build(new UiText(UiText.localeOf(language)), library, TestWindows.PREFERENCES, () -> { },
                TestWindows::create, TestWindows.actions(library));
    }

    @AfterEach
    void restoreDefaults() {
        TestWindows.PREFERENCES.update(p -> Preferences.defaults());
    }

    private static Stage window(String titlePrefix) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titlePrefix))
                .map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
    }

    private LibraryEntry selected() {
        return ((LibraryViewModel) stage.getScene().getRoot().getProperties().get(LibraryViewModel.class)).selectedProperty().get();
    }

    @Test
    void switchingLanguageKeepsTheSelectedCase(FxRobot robot) {
        robot.clickOn("#librarySearch").write("ishall");
        robot.clickOn("Tuffa strukturbeslut slår olika");
        assertThat(selected().value().number()).isEqualTo(11);
        robot.interact(() -> MainWindow.replaceView(stage.getScene(), view("en")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()).extracting(m -> m.getText())
                .containsExactly("File", "View", "Help");
        assertThat(selected().value().number()).isEqualTo(11);
        assertThat(robot.lookup(".case-title").queryAs(Label.class).getText()).isEqualTo("Tuffa strukturbeslut slår olika");
        assertThat(robot.lookup(".questions-heading").queryAs(Label.class).getText()).isEqualTo("To discuss (Att samtala om)");
        robot.interact(() -> MainWindow.replaceView(stage.getScene(), view("sv")));
        assertThat(selected().value().number()).isEqualTo(11);
    }

    @Test
    void theDialogSetsTheDefaultsOfNewSessions(FxRobot robot) {
        robot.clickOn("Arkiv").clickOn("Inställningar …");
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = window("Inställningar");
        robot.targetWindow(dialog);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> language = robot.lookup("#prefLanguage").queryAs(ChoiceBox.class);
        assertThat(language.getConverter().toString(language.getValue())).isEqualTo("Svenska");
        @SuppressWarnings("unchecked")
        Spinner<Integer> slot = robot.lookup("#prefSlot").queryAs(Spinner.class);
        assertThat(slot.getValue()).isEqualTo(120);
        robot.doubleClickOn("#prefSlot").write("90");
        @SuppressWarnings("unchecked")
        Spinner<Integer> total = robot.lookup("#prefTotal").queryAs(Spinner.class);
        robot.interact(() -> total.getValueFactory().setValue(60));
        robot.interact(() -> ((org.testfx.api.FxRobot) robot).lookup("#prefZoom").queryAs(Spinner.class).getValueFactory().increment(2));
        robot.clickOn("#prefOk");
        Preferences now = TestWindows.PREFERENCES.current();
        assertThat(now.slotSeconds()).as("typed and confirmed with OK").isEqualTo(90);
        assertThat(now.totalMinutes()).isEqualTo(60);
        assertThat(now.zoom()).isEqualTo(1.2);
        assertThat(now.language()).isEqualTo("sv");
        assertThat(dialog.isShowing()).isFalse();

        // A new session starts with them.
        robot.targetWindow(stage);
        robot.clickOn("#librarySearch").write("ishall");
        robot.clickOn("Tuffa strukturbeslut slår olika");
        robot.clickOn("#startSession");
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(window("Ny session"));
        assertThat(robot.lookup("#planSum").queryAs(Label.class).getText()).isEqualTo("Summa 60 min av 60 min");
        robot.clickOn("#newParticipantName").write("Karin").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#setupStart");
        WaitForAsyncUtils.waitForFxEvents();
        Stage session = window("Session:");
        SessionViewModel vm = (SessionViewModel) session.getProperties().get(SessionViewModel.class);
        assertThat(vm.session().floor().slotSeconds()).isEqualTo(90);
        assertThat(vm.session().plan().totalMinutes()).isEqualTo(60);
        robot.interact(() -> vm.dirtyProperty().set(false));
        robot.interact(session::close);
    }

    @Test
    void recentSessionsListOnlyFilesThatStillExist(FxRobot robot) throws Exception {
        Path kept = Files.copy(Path.of("examples/sample-session.json"), home.resolve("ledningsdag.json"));
        Path gone = home.resolve("borttagen.json");
        TestWindows.PREFERENCES.update(p -> p.withRecentSession(gone.toString()).withRecentSession(kept.toString()));
        robot.clickOn("Arkiv").clickOn("Senaste sessioner");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".menu-item").queryAll().stream()
                .map(n -> ((javafx.scene.control.MenuItem) n.getProperties().get(javafx.scene.control.MenuItem.class)))
                .filter(java.util.Objects::nonNull).map(javafx.scene.control.MenuItem::getText))
                .anyMatch(t -> t.startsWith("ledningsdag.json")).noneMatch(t -> t.startsWith("borttagen.json"));
        assertThat(TestWindows.PREFERENCES.current().recentSessions()).containsExactly(kept.toString());
        robot.clickOn("ledningsdag.json  –  " + home);
        WaitForAsyncUtils.waitForFxEvents();
        Stage session = window("Session:");
        assertThat(((SessionViewModel) session.getProperties().get(SessionViewModel.class)).session().caseRef().number()).isEqualTo(11);
        robot.interact(session::close);
    }
}
