package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.SessionWindows;
import se.samtalsledaren.ui.session.agreements.AgreementsViewModel;
import se.samtalsledaren.ui.session.notes.NotesViewModel;
import se.samtalsledaren.ui.session.solutions.SolutionsViewModel;

/**
 * The session window's panels one by one, each on a session opened at the phase it belongs to:
 * the step rail and the timer, the step's content, notes, solutions and their ranking, the
 * consequences of the chosen solutions, the agreements.
 */
@ExtendWith(ApplicationExtension.class)
class SessionPanelsUiTest {
    private CaseLibrary library;
    private SessionWindows windows;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        library = TestWindows.bundledLibrary();
        windows = TestWindows.create(library);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
    }

    /** Case 11 with Karin (politician) and Per (official); two notes in step 1 when {@code analysed}. */
    private static Session session(Phase at, boolean analysed, List<Solution> solutions) {
        Session s = Session.start("panels", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(90));
        if (analysed) {
            s = s.withNotes(Phase.STEP_1, List.of(new Note("n1", "Kommunen är flerkärnig", "p1", Dimension.STRUKTUR),
                    new Note("n2", "Skolan har tomma platser", "", null)));
        }
        return s.withSolutions(solutions).withTimeLog(List.of(), at);
    }

    private Stage open(FxRobot robot, Session session) {
        robot.interact(() -> windows.openSession(session, library.byId("skr-11").orElseThrow().value(), null));
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Session:")).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
        robot.targetWindow(stage);
        return stage;
    }

    @SuppressWarnings("unchecked")
    private static <T> T model(Stage stage, Class<T> type) {
        return (T) stage.getProperties().get(type);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    /** The texts of a rail entry: its name and its minutes (and notes). */
    private static List<String> rail(FxRobot robot, String phase) {
        return robot.lookup("#rail-" + phase).queryAs(Button.class).getGraphic().lookupAll(".label").stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void theRailGoesToEachPhaseAndTheTimerCountsItsMinutes(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_1, true, List.of()));
        SessionViewModel vm = model(stage, SessionViewModel.class);
        assertThat(rail(robot, "preparation")).containsExactly("Individuell förberedelse", "0 / 10 min");
        assertThat(rail(robot, "step1")).containsExactly("1 Analys och förståelse", "0 / 15 min  ·  2 punkter");
        assertThat(rail(robot, "closing")).containsExactly("Avslutning", "0 / 7 min");
        assertThat(robot.lookup("#rail-step1").queryAs(Button.class).getStyleClass()).contains("rail-current");

        // Step 2: the rail follows, the case has no question of its own for it, notes are taken here.
        robot.clickOn("#rail-step2");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.STEP_2);
        assertThat(text(robot, "#phaseTitle")).isEqualTo("2 Vad är problemet?");
        assertThat(robot.lookup("#rail-step2").queryAs(Button.class).getStyleClass()).contains("rail-current");
        assertThat(robot.lookup("#rail-step1").queryAs(Button.class).getStyleClass()).doesNotContain("rail-current");
        assertThat(robot.lookup("#stepQuestions .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Frågor för steget", "Caset har inga frågor knutna till detta steg.");
        assertThat(shown(robot, "#notesSection")).isTrue();
        assertThat(shown(robot, "#agreementsSection")).isFalse();

        // The closing (step 1 has notes: nothing is asked): no questions, the agreements instead of notes.
        robot.clickOn("#rail-closing");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.CLOSING);
        assertThat(shown(robot, "#stepQuestions")).isFalse();
        assertThat(shown(robot, "#notesSection")).isFalse();
        assertThat(shown(robot, "#agreementsSection")).isTrue();

        // The preparation shows the case text, and nothing to write in.
        robot.clickOn("#rail-preparation");
        assertThat(robot.lookup(".thought-text").queryAs(Label.class).getText())
                .isEqualTo(library.byId("skr-11").orElseThrow().value().thoughtAssociation());
        assertThat(robot.lookup(".step-question").queryAll()).hasSize(5);
        for (String section : List.of("#notesSection", "#solutionsSection", "#consequencesSection", "#agreementsSection")) {
            assertThat(shown(robot, section)).as(section).isFalse();
        }

        // The timer: +5 min plans more, the clock runs from the pause button, overrun shows on the rail.
        robot.clickOn("#add5");
        assertThat(text(robot, "#plannedUsed")).isEqualTo("Planerat 15 min · använt 00:00");
        assertThat(rail(robot, "preparation")).containsExactly("Individuell förberedelse", "0 / 15 min");
        robot.clickOn("#pauseButton");
        TestWindows.CLOCK.advance(Duration.ofMinutes(16));
        robot.interact(vm::refreshTime);
        assertThat(text(robot, "#plannedUsed")).isEqualTo("Planerat 15 min · använt 16:00");
        assertThat(text(robot, "#timerLabel")).isEqualTo("01:00");
        assertThat(robot.lookup("#timerLabel").queryAs(Label.class).getStyleClass()).contains("timer-overrun");
        assertThat(robot.lookup("#rail-preparation").queryAs(Button.class).getStyleClass()).contains("rail-overrun");
        assertThat(rail(robot, "preparation")).containsExactly("Individuell förberedelse", "16 / 15 min");
        robot.clickOn("#pauseButton");
        robot.clickOn("#nextPhase");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.STEP_1);
        robot.clickOn("#previousPhase");
        assertThat(vm.currentProperty().get()).isEqualTo(Phase.PREPARATION);
        robot.interact(stage::close);
    }

    @Test
    void notesSayWhoAndWhichDimensionAndGoWithDeleteOrABlankEdit(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_2, true, List.of()));
        NotesViewModel notes = model(stage, NotesViewModel.class);
        @SuppressWarnings("unchecked")
        ComboBox<Participant> by = robot.lookup("#noteBy").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<Dimension> dimension = robot.lookup("#noteDimension").queryAs(ComboBox.class);
        assertThat(by.getItems()).extracting(p -> p == null ? "" : p.name()).containsExactly("", "Karin Lindqvist", "Per Håkansson");
        robot.interact(() -> {
            by.setValue(by.getItems().get(2));
            dimension.setValue(Dimension.PROCESS);
        });
        robot.clickOn("#noteInput").write("Beslutet var inte förankrat").type(KeyCode.ENTER);
        robot.interact(() -> {
            by.setValue(null);
            dimension.setValue(null);
        });
        robot.write("Ingen pratade med föreningarna").type(KeyCode.ENTER);
        robot.write("   ").type(KeyCode.ENTER);
        assertThat(notes.notes()).extracting(Note::text).containsExactly("Beslutet var inte förankrat", "Ingen pratade med föreningarna");
        assertThat(notes.notes().get(0).participantId()).isEqualTo("p2");
        assertThat(notes.notes().get(0).dimension()).isEqualTo(Dimension.PROCESS);
        @SuppressWarnings("unchecked")
        ListView<Note> list = robot.lookup("#notesList").queryAs(ListView.class);
        assertThat(robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class)).extracting(Labeled::getText)
                .contains("• Beslutet var inte förankrat   — Per Håkansson · process", "• Ingen pratade med föreningarna");

        // Delete removes the selected note; an edit to nothing removes it too.
        select(robot, list, 0);
        robot.type(KeyCode.DELETE);
        assertThat(notes.notes()).extracting(Note::text).containsExactly("Ingen pratade med föreningarna");
        robot.doubleClickOn("• Ingen pratade med föreningarna");
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(notes.notes()).isEmpty();
        assertThat(model(stage, SessionViewModel.class).session().notesFor(Phase.STEP_2)).isEmpty();
        assertThat(model(stage, SessionViewModel.class).session().notesFor(Phase.STEP_1)).as("other steps keep theirs").hasSize(2);
        robot.interact(stage::close);
    }

    @Test
    void solutionsMoveWithButtonsAndKeysAndAreRankedByVotesInStep4(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_3, true, List.of(Solution.proposed("s1", "Dialogmöten på orterna", ""),
                Solution.proposed("s2", "Kompensationspaket", ""), Solution.proposed("s3", "Tvärpolitisk beredning", ""))));
        SolutionsViewModel solutions = model(stage, SolutionsViewModel.class);
        @SuppressWarnings("unchecked")
        ListView<Solution> list = robot.lookup("#solutionsList").queryAs(ListView.class);
        // Step 3: proposals only; votes, horizon and choice wait for step 4.
        assertThat(shown(robot, "#sortByVotes")).isFalse();
        assertThat(shown(robot, "#votesBox")).isFalse();
        assertThat(robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class)).isNotEmpty().noneMatch(Node::isVisible);
        assertThat(robot.lookup("#solutionDown").queryAs(Button.class).isDisabled()).as("nothing selected").isTrue();

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#solutionDown");
        assertThat(solutions.solutions()).extracting(Solution::text)
                .containsExactly("Kompensationspaket", "Dialogmöten på orterna", "Tvärpolitisk beredning");
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("the moved one stays selected").isEqualTo("s1");
        select(robot, list, 1);
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(solutions.solutions()).extracting(Solution::id).containsExactly("s2", "s3", "s1");
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        assertThat(solutions.solutions()).extracting(Solution::id).containsExactly("s1", "s2", "s3");
        select(robot, list, 2);
        robot.type(KeyCode.DELETE);
        assertThat(solutions.solutions()).extracting(Solution::id).containsExactly("s1", "s2");
        robot.clickOn("#solutionInput").write("Pausa omställningen").type(KeyCode.ENTER);
        assertThat(solutions.solutions()).extracting(Solution::text).endsWith("Pausa omställningen");

        // Step 4: votes per participant for the selected solution, then ranked by them.
        robot.clickOn("#nextPhase");
        assertThat(shown(robot, "#sortByVotes")).isTrue();
        robot.interact(() -> list.getSelectionModel().select(2));
        assertThat(robot.lookup("#votesBox .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Röster:", "Karin Lindqvist", "Per Håkansson");
        @SuppressWarnings("unchecked")
        Spinner<Integer> karin = robot.lookup("#votes-p1").queryAs(Spinner.class);
        robot.interact(() -> karin.getValueFactory().setValue(2));
        robot.interact(() -> list.getSelectionModel().select(2));
        robot.interact(() -> robot.lookup("#votes-p2").queryAs(Spinner.class).getValueFactory().setValue(4));
        robot.interact(() -> list.getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#votes-p1").queryAs(Spinner.class).getValueFactory().setValue(1));
        robot.clickOn("#sortByVotes");
        assertThat(solutions.solutions()).extracting(Solution::text)
                .containsExactly("Pausa omställningen", "Kompensationspaket", "Dialogmöten på orterna");
        assertThat(solutions.solutions()).extracting(Solution::totalVotes).containsExactly(6, 1, 0);
        assertThat(robot.from(list).lookup(".solution-votes").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Röster: 6", "Röster: 1", "Röster: 0");
        robot.interact(stage::close);
    }

    @Test
    void consequencesHaveAFormPerChosenSolutionThatKeepsWhatWasTyped(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_4, true, List.of(Solution.proposed("s1", "Dialogmöten på orterna", ""),
                Solution.proposed("s2", "Kompensationspaket", ""))));
        SessionViewModel vm = model(stage, SessionViewModel.class);
        assertThat(shown(robot, "#consequencesSection")).isFalse();
        robot.clickOn("#nextPhase");
        assertThat(robot.lookup("#consequencesSection .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Välj lösningar i steg 4 för att pröva deras konsekvenser här.");

        // Back in step 4 the second solution is chosen: step 5 has its form, and only its.
        robot.clickOn("#previousPhase");
        @SuppressWarnings("unchecked")
        ListView<Solution> list = robot.lookup("#solutionsList").queryAs(ListView.class);
        ListCell<?> second = robot.from(list).lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(robot.from(second).lookup(".check-box").queryAs(CheckBox.class));
        robot.clickOn("#nextPhase");
        assertThat(robot.lookup(".consequence-form").queryAll()).hasSize(1);
        assertThat(robot.lookup("#forWhom-s1").tryQuery()).isEmpty();
        robot.clickOn("#forWhom-s2").write("Föreningarna");
        robot.clickOn("#risks-s2").write("Uppfattas som mutor");
        assertThat(vm.session().solutions().get(1).consequences().forWhom()).isEqualTo("Föreningarna");
        robot.clickOn("#followUp-s2").write("Efter ett år");
        assertThat(vm.session().solutions().get(1).consequences()).satisfies(c -> {
            assertThat(c.forWhom()).isEqualTo("Föreningarna");
            assertThat(c.risks()).isEqualTo("Uppfattas som mutor");
            assertThat(c.followUp()).isEqualTo("Efter ett år");
        });
        assertThat(robot.lookup("#risks-s2").queryAs(TextArea.class).getText()).isEqualTo("Uppfattas som mutor");
        robot.clickOn("#nextPhase");
        assertThat(shown(robot, "#consequencesSection")).isFalse();

        // Back in step 5 the form shows what is saved, and typing in one field keeps the others.
        robot.clickOn("#previousPhase");
        assertThat(robot.lookup("#forWhom-s2").queryAs(TextArea.class).getText()).isEqualTo("Föreningarna");
        assertThat(robot.lookup("#followUp-s2").queryAs(TextArea.class).getText()).isEqualTo("Efter ett år");
        robot.clickOn("#risks-s2").push(KeyCode.CONTROL, KeyCode.END).write(" av andra orter");
        assertThat(vm.session().solutions().get(1).consequences()).satisfies(c -> {
            assertThat(c.forWhom()).isEqualTo("Föreningarna");
            assertThat(c.risks()).isEqualTo("Uppfattas som mutor av andra orter");
            assertThat(c.followUp()).isEqualTo("Efter ett år");
        });
        robot.interact(stage::close);
    }

    @Test
    void agreementsAreAddedEditedInPlaceAndDeleted(FxRobot robot) {
        Stage stage = open(robot, session(Phase.CLOSING, true, List.of()));
        AgreementsViewModel agreements = model(stage, AgreementsViewModel.class);
        robot.clickOn("#agreementWhat").write("Ta fram kompensationspaket");
        robot.clickOn("#agreementWho").write("Kommundirektören");
        robot.interact(() -> robot.lookup("#agreementDue").queryAs(DatePicker.class).setValue(LocalDate.of(2027, 1, 31)));
        robot.clickOn("#addAgreement");
        assertThat(robot.lookup("#agreementWhat").queryAs(javafx.scene.control.TextField.class).isFocused())
                .as("ready for the next one").isTrue();
        robot.write("Dialogmöten på båda orterna").type(KeyCode.ENTER);
        robot.clickOn("#addAgreement");
        assertThat(agreements.agreements()).as("nothing to add without a what").hasSize(2);
        assertThat(agreements.agreements().get(0)).isEqualTo(new Agreement(agreements.agreements().get(0).id(),
                "Ta fram kompensationspaket", "Kommundirektören", LocalDate.of(2027, 1, 31)));
        assertThat(agreements.agreements().get(1).who()).isEmpty();
        assertThat(agreements.agreements().get(1).due()).isNull();

        // Edited in place: who, then the date (an unreadable one keeps the old, an empty one removes it).
        @SuppressWarnings("unchecked")
        TableView<Agreement> table = robot.lookup("#agreementsTable").queryAs(TableView.class);
        robot.doubleClickOn(cell(robot, table, 1, 1));
        robot.write("KSO").type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(1).who()).isEqualTo("KSO");
        robot.doubleClickOn(cell(robot, table, 0, 2));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("31 januari").type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(0).due()).isEqualTo(LocalDate.of(2027, 1, 31));
        robot.doubleClickOn(cell(robot, table, 0, 2));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2027-02-15").type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(0).due()).isEqualTo(LocalDate.of(2027, 2, 15));
        robot.doubleClickOn(cell(robot, table, 0, 2));
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(0).due()).isNull();

        // Delete removes the selected row.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        assertThat(agreements.agreements()).extracting(Agreement::what).containsExactly("Dialogmöten på båda orterna");
        assertThat(model(stage, SessionViewModel.class).session().agreements()).isEqualTo(agreements.agreements());
        robot.interact(stage::close);
    }

    /** Selects a row of {@code list} and gives the list the keyboard, as clicking the row would. */
    private static void select(FxRobot robot, ListView<?> list, int row) {
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(row);
        });
    }

    /** The table cell of {@code row}, {@code column}, scrolled into view (the due date is off to the right). */
    private static TableCell<?, ?> cell(FxRobot robot, TableView<?> table, int row, int column) {
        robot.interact(() -> table.scrollToColumnIndex(column));
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() == table.getColumns().get(column)
                        && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible())
                .findFirst().orElseThrow();
    }
}
