package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
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
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.main.MainWindow;

/** The same screens in English: the UI text switches, the case texts stay Swedish. */
@ExtendWith(ApplicationExtension.class)
class EnglishUiTest {
    @TempDir static Path home;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Locale.ENGLISH);
        var library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        var prefs = new PreferencesService(new PreferencesStore(AppDirectories.under(home)),
                Preferences.defaults().withLanguage("en"), Background.synchronous(), e -> { });
        Parent root = MainWindow.build(new UiText(Locale.ENGLISH), library, prefs, () -> { }, TestWindows::create,
                TestWindows.actions(library));
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    @Test
    void menusLabelsAndReaderAreInEnglish(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("File", "View", "Help");
        assertThat(robot.lookup("#librarySummary").queryAs(Label.class).getText()).isEqualTo("13 of 13 cases");
        robot.clickOn("#librarySearch").write("hårdhudade");
        robot.clickOn("Social media blåser till storm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".questions-heading").queryAs(Label.class).getText()).isEqualTo("To discuss (Att samtala om)");
        assertThat(robot.lookup(".question-step").queryAllAs(Label.class)).allMatch(l -> l.getText().startsWith("Step "));
    }
}
