package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.participant.ParticipantViewModel;
import se.samtalsledaren.ui.main.MainWindow;

/** A participant prepares case 11 alone: reads it, writes reflections, times it, saves, reopens. */
@ExtendWith(ApplicationExtension.class)
class ParticipantUiTest {
    @TempDir static Path home;
    private CaseLibrary library;

    @Start
    void start(Stage stage) {
        library = TestWindows.bundledLibrary();
        var prefs = new PreferencesService(new PreferencesStore(AppDirectories.under(home)), Preferences.defaults(),
                Background.synchronous(), e -> { });
        Parent root = MainWindow.build(new UiText(new Locale("sv")), library, prefs, () -> { }, TestWindows::create,
                TestWindows.actions(library));
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private static Stage window(String titlePrefix) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titlePrefix))
                .map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Moves the focus to a text area (as Tab does: the form scrolls it into view) and types. */
    private static void type(FxRobot robot, String id, String s) {
        TextArea area = robot.lookup(id).queryAs(TextArea.class);
        robot.interact(area::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(area).write(s);
    }

    @Test
    void preparesACaseSavesItAndGoesOnWithItLater(FxRobot robot) throws Exception {
        robot.clickOn("#librarySearch").write("ishall");
        robot.clickOn("Tuffa strukturbeslut slår olika");
        robot.clickOn("Arkiv").clickOn("Förbered som deltagare …");
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = window("Förberedelse – Case 11");
        ParticipantViewModel vm = (ParticipantViewModel) stage.getProperties().get(ParticipantViewModel.class);
        robot.targetWindow(stage);

        // The case is shown as in the reader, without the facilitator's session button.
        assertThat(robot.from(stage.getScene().getRoot()).lookup(".case-title").queryAs(Label.class).getText())
                .isEqualTo("Tuffa strukturbeslut slår olika");
        assertThat(robot.from(stage.getScene().getRoot()).lookup("#startSession").queryAs(Button.class).isVisible()).isFalse();
        // One text area per question (case 11 has five) and per step.
        for (int i = 1; i <= 5; i++) {
            assertThat(robot.lookup("#question-" + i).tryQuery()).as("question %d", i).isPresent();
            assertThat(robot.lookup("#step-" + i).tryQuery()).as("step %d", i).isPresent();
        }

        // Saving without a name asks for one (or anonymity) and writes nothing.
        robot.clickOn("#participantSave");
        assertThat(text(robot, "#participantProblem")).isEqualTo("Skriv ditt namn, eller kryssa i Anonymt.");

        robot.clickOn("#participantName").write("Karin Lindqvist");
        @SuppressWarnings("unchecked")
        ChoiceBox<Role> role = robot.lookup("#participantRole").queryAs(ChoiceBox.class);
        robot.interact(() -> role.setValue(Role.FORTROENDEVALD));

        // The preparation timer runs on the clock, not on ticks.
        assertThat(text(robot, "#prepTimer")).isEqualTo("00:00");
        robot.clickOn("#prepTimerToggle");
        assertThat(robot.lookup("#prepTimerToggle").queryAs(Button.class).getText()).isEqualTo("Pausa tiden");
        TestWindows.CLOCK.advance(Duration.ofMinutes(7));
        robot.interact(vm::refreshTime);
        assertThat(text(robot, "#prepTimer")).isEqualTo("07:00");

        type(robot, "#question-2", "Stegvis sammanslagning med tydliga skäl.");
        type(robot, "#step-1", "Ishallen är en symbolfråga för orten.");
        type(robot, "#step-3", "Dialogmöten innan beslut.");
        TestWindows.CLOCK.advance(Duration.ofMinutes(5));
        robot.clickOn("#prepTimerToggle");
        TestWindows.CLOCK.advance(Duration.ofMinutes(30));
        robot.interact(vm::refreshTime);
        assertThat(text(robot, "#prepTimer")).as("paused: the half hour away does not count").isEqualTo("12:00");
        assertThat(vm.dirtyProperty().get()).isTrue();

        // Save to a file (Save As chose it), then read it as the facilitator will.
        Path file = home.resolve(vm.suggestedFileName());
        assertThat(file.getFileName().toString()).isEqualTo("karin-lindqvist-case11.forberedelse.json");
        robot.interact(() -> vm.fileProperty().set(file));
        robot.clickOn("#participantSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(text(robot, "#participantStatus")).startsWith("Sparad karin-lindqvist-case11.forberedelse.json");
        Preparation saved = new PreparationFormat(new Messages(Locale.ENGLISH)).open(file);
        assertThat(saved.name()).isEqualTo("Karin Lindqvist");
        assertThat(saved.role()).isEqualTo(Role.FORTROENDEVALD);
        assertThat(saved.caseRef().id()).isEqualTo("skr-11");
        assertThat(saved.questions()).singleElement().satisfies(q -> {
            assertThat(q.number()).isEqualTo(2);
            assertThat(q.step()).isEqualTo(3);
            assertThat(q.question()).startsWith("På vilka alternativa sätt");
            assertThat(q.text()).isEqualTo("Stegvis sammanslagning med tydliga skäl.");
        });
        assertThat(saved.step(Phase.STEP_1)).isEqualTo("Ishallen är en symbolfråga för orten.");
        assertThat(saved.timeUsed()).isEqualTo(Duration.ofMinutes(12));
        assertThat(saved.savedAt()).isEqualTo(TestWindows.CLOCK.instant());
        robot.interact(stage::close);

        // Later: reopen the file and go on where she left off, timer included.
        robot.interact(() -> TestWindows.participants(library).openFile(file));
        Stage again = window("Förberedelse – Case 11");
        ParticipantViewModel vm2 = (ParticipantViewModel) again.getProperties().get(ParticipantViewModel.class);
        robot.targetWindow(again);
        assertThat(robot.lookup("#participantName").queryAs(TextField.class).getText()).isEqualTo("Karin Lindqvist");
        assertThat(robot.lookup("#question-2").queryAs(TextArea.class).getText()).isEqualTo("Stegvis sammanslagning med tydliga skäl.");
        assertThat(robot.lookup("#step-3").queryAs(TextArea.class).getText()).isEqualTo("Dialogmöten innan beslut.");
        assertThat(text(robot, "#prepTimer")).isEqualTo("12:00");
        assertThat(vm2.dirtyProperty().get()).isFalse();

        // She decides to stay anonymous: the name is not in the file any more.
        robot.clickOn("#participantAnonymous");
        assertThat(robot.lookup("#participantName").queryAs(TextField.class).isDisabled()).isTrue();
        type(robot, "#step-5", "Följ upp resvägarna.");
        robot.clickOn("#participantSave");
        WaitForAsyncUtils.waitForFxEvents();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"anonymous\": true").doesNotContain("Karin");
        assertThat(new PreparationFormat(new Messages(Locale.ENGLISH)).open(file).id()).as("same preparation").isEqualTo(saved.id());
        robot.interact(again::close);
    }

    @Test
    void aBrokenCaseFileIsReportedWithLineAndColumnAndNothingIsLost(FxRobot robot) throws Exception {
        robot.interact(() -> TestWindows.participants(library).open(null));
        Stage stage = window("Förbered som deltagare");
        ParticipantViewModel vm = (ParticipantViewModel) stage.getProperties().get(ParticipantViewModel.class);
        robot.targetWindow(stage);
        assertThat(robot.lookup("#participantSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(vm.cases()).hasSize(13);

        Path bad = home.resolve("trasig.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"id\": \"x\" \"title\": 2\n}\n");
        robot.interact(() -> vm.openCaseFile(bad));
        assertThat(text(robot, "#participantProblem")).startsWith(bad + ":3:");
        assertThat(vm.entryProperty().get()).isNull();

        // A good case file from outside the library can be prepared.
        Path good = home.resolve("eget-case.json");
        String case3 = new String(getClass().getResourceAsStream("/se/samtalsledaren/cases/03-prioriteringar-i-politiken-och-prioriteringar.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(good, case3.replace("\"id\": \"skr-03\"", "\"id\": \"eget-03\""));
        robot.interact(() -> vm.openCaseFile(good));
        assertThat(vm.entryProperty().get().value().id()).isEqualTo("eget-03");
        assertThat(text(robot, "#participantProblem")).isEmpty();
        assertThat(stage.getTitle()).startsWith("Förberedelse – Case 3");
        robot.interact(stage::close);
    }

    @Test
    void theTrainersTeachingNotesAreNeverShownToAParticipant(FxRobot robot) {
        se.samtalsledaren.model.Case c = library.byId("skr-11").orElseThrow().value();
        se.samtalsledaren.model.Case withNotes = new se.samtalsledaren.model.Case(c.id(), c.number(), c.title(),
                c.thoughtAssociation(), c.narrative(), c.questions(), c.themes(), c.dimensions(), c.relatedCases(),
                c.commentary(), c.source(), new se.samtalsledaren.model.TeachingNotes(java.util.List.of("Förstå rollerna"),
                        "Vem äger ishallsfrågan?", java.util.List.of("Nedläggning eller inte"), java.util.List.of(),
                        java.util.Map.of(Phase.STEP_5, 20)));
        robot.interact(() -> TestWindows.participants(library).open(withNotes));
        Stage stage = window("Förberedelse – Case 11");
        var tabs = robot.from(stage.getScene().getRoot()).lookup("#readerTabs").queryAs(javafx.scene.control.TabPane.class);
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getText).contains("Case").doesNotContain("Lärarhandledning");
        assertThat(robot.from(stage.getScene().getRoot()).lookup((Label l) -> l.getText() != null
                && (l.getText().contains("Vem äger ishallsfrågan?") || l.getText().contains("Förstå rollerna"))).tryQuery()).isEmpty();
        robot.interact(stage::close);
    }
}
