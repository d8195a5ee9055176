package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
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
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.agreements.AgreementsViewModel;
import se.samtalsledaren.ui.session.notes.NotesViewModel;
import se.samtalsledaren.ui.session.solutions.SolutionsViewModel;
import se.samtalsledaren.ui.main.MainWindow;

/** A whole session as a facilitator runs it: set-up, preparation, five steps, agreements, save. */
@ExtendWith(ApplicationExtension.class)
class SessionUiTest {
    @TempDir static Path home;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(new Locale("sv"));
        var library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        var prefs = new PreferencesService(new PreferencesStore(AppDirectories.under(home)), Preferences.defaults(),
                Background.synchronous(), e -> { });
        Parent root = MainWindow.build(new UiText(new Locale("sv")), library, prefs, () -> { }, TestWindows::create,
                TestWindows.actions(library));
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(App.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Stage window(String titlePrefix) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titlePrefix))
                .map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void runsAWholeSessionFromSetUpToAgreements(FxRobot robot) throws Exception {
        // Set-up: from case 11 in the reader.
        robot.clickOn("#librarySearch").write("ishall");
        robot.clickOn("Tuffa strukturbeslut slår olika");
        robot.clickOn("#startSession");
        WaitForAsyncUtils.waitForFxEvents();
        Stage setup = window("Ny session");
        robot.targetWindow(setup);
        robot.clickOn("#setupPlace").write("Kommunhuset");
        robot.clickOn("#setupFacilitator").write("Sara");
        for (String name : new String[] {"Karin", "Jonas", "Per"}) {
            robot.clickOn("#newParticipantName").write(name).type(KeyCode.ENTER);
        }
        @SuppressWarnings("unchecked")
        TableView<se.samtalsledaren.ui.session.ParticipantRow> table = robot.lookup("#participantTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        robot.interact(() -> table.getItems().get(2).roleProperty().set(Role.TJANSTEPERSON));
        // Move Per up to second place.
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.clickOn("#participantUp");
        assertThat(table.getItems().get(1).nameProperty().get()).isEqualTo("Per");
        // Squeeze step 5: the warning shows; restore defaults: it goes away.
        @SuppressWarnings("unchecked")
        Spinner<Integer> step5 = robot.lookup("#plan-step5").queryAs(Spinner.class);
        robot.interact(() -> step5.getValueFactory().setValue(4));
        assertThat(robot.lookup("#step5Warning").queryAs(Label.class).isVisible()).isTrue();
        assertThat(label(robot, "#planSum")).isEqualTo("Summa 79 min av 90 min – 11 min av totalen är inte planerade");
        robot.clickOn("#planDefaults");
        assertThat(robot.lookup("#step5Warning").queryAs(Label.class).isVisible()).isFalse();
        assertThat(label(robot, "#planSum")).isEqualTo("Summa 90 min av 90 min");
        robot.clickOn("#setupStart");
        WaitForAsyncUtils.waitForFxEvents();

        // The session window: preparation with all the case's questions and a countdown.
        Stage sessionStage = window("Session:");
        SessionViewModel vm = (SessionViewModel) sessionStage.getProperties().get(SessionViewModel.class);
        NotesViewModel notesVm = (NotesViewModel) sessionStage.getProperties().get(NotesViewModel.class);
        SolutionsViewModel solutionsVm = (SolutionsViewModel) sessionStage.getProperties().get(SolutionsViewModel.class);
        AgreementsViewModel agreementsVm = (AgreementsViewModel) sessionStage.getProperties().get(AgreementsViewModel.class);
        robot.targetWindow(sessionStage);
        assertThat(label(robot, "#phaseTitle")).isEqualTo("Individuell förberedelse");
        assertThat(robot.lookup(".step-question").queryAll()).hasSize(5);
        robot.clickOn("#pauseButton"); // start the clock
        TestWindows.CLOCK.advance(Duration.ofMinutes(8));
        robot.interact(vm::refreshTime);
        assertThat(label(robot, "#timerLabel")).isEqualTo("02:00");
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getStyleClass()).contains("timer-warning");

        // Jumping to step 3 without analysis asks first; "No" stays.
        robot.clickOn("#rail-step3");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Nej");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.PREPARATION);

        // Step 1: notes typed fast, Enter adds the next point.
        robot.targetWindow(sessionStage);
        robot.clickOn("#nextPhase");
        TestWindows.CLOCK.advance(Duration.ofMinutes(14));
        robot.clickOn("#noteInput").write("Kommunen är flerkärnig").type(KeyCode.ENTER)
                .write("Skolan har tomma platser").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<se.samtalsledaren.model.Note> notes = robot.lookup("#notesList").queryAs(ListView.class);
        assertThat(notes.getItems()).extracting(n -> n.text()).containsExactly("Kommunen är flerkärnig", "Skolan har tomma platser");
        // Reorder with Alt+Up.
        robot.interact(() -> notes.getSelectionModel().select(1));
        robot.clickOn(notes).press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(notes.getItems().get(0).text()).isEqualTo("Skolan har tomma platser");
        // Edit a point in place: double-click, retype, Enter.
        robot.doubleClickOn("• Skolan har tomma platser");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("Skolan har många tomma platser").type(KeyCode.ENTER);
        assertThat(notesVm.notes().get(0).text()).isEqualTo("Skolan har många tomma platser");
        assertThat(robot.lookup("#rail-step1").queryAs(Button.class).getGraphic().toString()).isNotEmpty();

        // Step 2, then step 3: solutions.
        robot.clickOn("#nextPhase");
        robot.clickOn("#noteInput").write("Beslutet var inte förankrat").type(KeyCode.ENTER);
        robot.clickOn("#nextPhase");
        assertThat(label(robot, "#phaseTitle")).isEqualTo("3 Tänkbara lösningar");
        // Case 11 maps three of its questions to step 3; they are the ones shown.
        assertThat(robot.lookup(".step-question").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("• Hur skulle du tänka och agera för att kommunen ska kunna ändra i/anpassa sina verksamhetsstrukturer?",
                        "• På vilka alternativa sätt hade nedläggning av grundskola och ishall kunnat hanteras?",
                        "• Tänkbara vägar framåt?");
        robot.clickOn("#solutionInput").write("Dialogmöten på orterna").type(KeyCode.ENTER)
                .write("Kompensationspaket").type(KeyCode.ENTER)
                .write("Tvärpolitisk beredning").type(KeyCode.ENTER);
        assertThat(solutionsVm.solutions()).hasSize(3);

        // Step 4: rank with keys, horizon, votes, choose, sort by votes.
        robot.clickOn("#nextPhase");
        @SuppressWarnings("unchecked")
        ListView<se.samtalsledaren.model.Solution> solutions = robot.lookup("#solutionsList").queryAs(ListView.class);
        robot.interact(() -> solutions.getSelectionModel().select(1));
        robot.clickOn("#solutionUp");
        assertThat(solutionsVm.solutions().get(0).text()).isEqualTo("Kompensationspaket");
        @SuppressWarnings("unchecked")
        Spinner<Integer> votes = robot.lookup("#votes-p1").queryAs(Spinner.class);
        robot.interact(() -> votes.getValueFactory().setValue(3));
        assertThat(solutionsVm.solutions().get(0).totalVotes()).isEqualTo(3);
        robot.interact(() -> solutions.getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#votes-p2").queryAs(Spinner.class).getValueFactory().setValue(5));
        robot.clickOn("#sortByVotes");
        assertThat(solutionsVm.solutions()).extracting(s -> s.text()).containsExactly("Tvärpolitisk beredning", "Kompensationspaket", "Dialogmöten på orterna");
        javafx.scene.control.ListCell<?> first = robot.from(solutions).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        ChoiceBox<Horizon> horizon = robot.from(first).lookup(".choice-box").queryAs(ChoiceBox.class);
        robot.interact(() -> horizon.setValue(Horizon.LONG));
        javafx.scene.control.ListCell<?> firstAgain = robot.from(solutions).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        robot.clickOn(robot.from(firstAgain).lookup(".check-box").queryAs(CheckBox.class));
        assertThat(vm.session().solutions().get(0).horizon()).isEqualTo(Horizon.LONG);
        assertThat(vm.session().solutions().get(0).chosen()).isTrue();

        // Step 5: consequences for the chosen solution.
        robot.clickOn("#nextPhase");
        String id = vm.session().solutions().get(0).id();
        robot.clickOn("#forWhom-" + id).write("Alla partier i KF");
        robot.clickOn("#risks-" + id).write("Långsamma beslut");
        robot.clickOn("#followUp-" + id).write("Utvärdera efter mandatperioden");
        assertThat(vm.session().solutions().get(0).consequences().followUp()).isEqualTo("Utvärdera efter mandatperioden");
        assertThat(robot.lookup("#followUp-" + id).queryAs(TextArea.class).isFocused()).isTrue();

        // Closing: agreements.
        robot.clickOn("#nextPhase");
        robot.clickOn("#agreementWhat").write("Ta fram kompensationspaket");
        robot.clickOn("#agreementWho").write("Kommundirektören").type(KeyCode.ENTER);
        assertThat(agreementsVm.agreements()).singleElement().satisfies(a -> assertThat(a.who()).isEqualTo("Kommundirektören"));

        // The time log is honest: preparation 8 min, step 1 14 min.
        Session s = vm.session();
        assertThat(s.timeLog()).extracting(t -> t.phase()).startsWith(Phase.PREPARATION, Phase.STEP_1);
        assertThat(s.timeLog().get(0).length(TestWindows.CLOCK.instant())).isEqualTo(Duration.ofMinutes(8));
        assertThat(s.timeLog().get(1).length(TestWindows.CLOCK.instant())).isEqualTo(Duration.ofMinutes(14));

        // Save, then read the file back.
        Path file = home.resolve("session.json");
        robot.interact(() -> vm.saveTo(file, e -> { throw new AssertionError(e); }));
        assertThat(Files.exists(file)).isTrue();
        Session reopened = new SessionStore(new Messages(Locale.ENGLISH)).open(file);
        assertThat(reopened).isEqualTo(vm.session());
        assertThat(reopened.participants()).extracting(p -> p.name()).containsExactly("Karin", "Per", "Jonas");
        assertThat(reopened.info().place()).isEqualTo("Kommunhuset");
        assertThat(vm.dirtyProperty().get()).isFalse();
        robot.interact(sessionStage::close);
    }
}
