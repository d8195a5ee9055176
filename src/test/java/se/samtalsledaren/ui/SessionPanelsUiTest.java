package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samtalsledaren.ui.SessionWindowKit.model;
import static se.samtalsledaren.ui.SessionWindowKit.text;

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
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.TimeSegment;
import se.samtalsledaren.ui.projector.ProjectorWindow;
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
        return SessionWindowKit.openOnCase11(robot, windows, library, session);
    }

    /**
     * In English at 1280×800 the floor's "Give the floor" and "Next speaker" are longer than their
     * share of the right column: they go onto two lines instead of being cut to "Give the fl…".
     */
    @Test
    void theFloorButtonsAreReadInFullInEnglishAt1280x800(FxRobot robot) {
        windows = TestWindows.create(library, Locale.ENGLISH);
        Stage stage = open(robot, session(Phase.STEP_1, false, List.of()));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#speakButton", "#handOverButton", "#endSlotButton")) {
            javafx.scene.control.Button button = robot.lookup(id).queryAs(javafx.scene.control.Button.class);
            String shown = button.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElseThrow();
            assertThat(shown.replace("\n", " ")).as(id).isEqualTo(button.getText());
        }
        assertThat(robot.lookup("#speakButton").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Give the floor");
        robot.interact(stage::close);
    }

    /** At 1280×800 the room's panel is below the fold of the right column: Ctrl+Shift+R brings it into view. */
    @Test
    void ctrlShiftRScrollsTheRoomPanelIntoViewAndFocusesItsButton(FxRobot robot) throws Exception {
        // A room that can open (on the loopback address), so that its button takes the focus.
        se.samtalsledaren.room.LanAddresses.Address loopback = new se.samtalsledaren.room.LanAddresses.Address(
                java.net.InetAddress.getLoopbackAddress(), "lo", se.samtalsledaren.room.LanAddresses.Kind.CABLE);
        windows = TestWindows.durable(library, java.nio.file.Files.createTempDirectory("room-panel"),
                new se.samtalsledaren.store.ManualScheduler(TestWindows.CLOCK), TestWindows.CLOCK,
                new SessionWindows.Rooms(() -> List.of(loopback), javafx.application.Platform::runLater)).windows();
        Stage stage = open(robot, session(Phase.STEP_1, false, List.of()));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node toggle = robot.lookup("#roomToggle").query();
        javafx.scene.control.ScrollPane column = (javafx.scene.control.ScrollPane) stage.getScene().getRoot().lookupAll(".side-scroll")
                .stream().filter(n -> n.lookup("#roomToggle") != null).findFirst().orElseThrow();
        java.util.function.BooleanSupplier inView = () -> {
            javafx.geometry.Bounds view = column.localToScene(column.getLayoutBounds());
            javafx.geometry.Bounds button = toggle.localToScene(toggle.getLayoutBounds());
            return button.getMinY() >= view.getMinY() && button.getMaxY() <= view.getMaxY();
        };
        assertThat(inView.getAsBoolean()).as("below the fold at first").isFalse();
        robot.clickOn("#scheduleLabel").push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView.getAsBoolean()).as("in view after Ctrl+Shift+R").isTrue();
        assertThat(toggle.isDisabled()).isFalse();
        assertThat(toggle.isFocused()).isTrue();
        robot.interact(stage::close);
    }

    /** Whether a node and all its parents are visible. */
    private static boolean visible(Node node) {
        return node.isVisible() && (node.getParent() == null || visible(node.getParent()));
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
        assertThat(text(robot, "#timerLabel")).isEqualTo("+01:00");
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
    void theStepTimerTheHeaderAndTheProjectorSayTheSameOfTheTime(FxRobot robot) {
        // Steps 1–3 went fast, step 4 has run 5:05 over its 13 minutes: the step is over, the session ahead.
        java.time.Instant t0 = TestWindows.CLOCK.instant().minus(Duration.ofMinutes(28).plusSeconds(5));
        List<TimeSegment> log = List.of(
                new TimeSegment(Phase.PREPARATION, t0, t0.plus(Duration.ofMinutes(2))),
                new TimeSegment(Phase.STEP_1, t0.plus(Duration.ofMinutes(2)), t0.plus(Duration.ofMinutes(5))),
                new TimeSegment(Phase.STEP_2, t0.plus(Duration.ofMinutes(5)), t0.plus(Duration.ofMinutes(8))),
                new TimeSegment(Phase.STEP_3, t0.plus(Duration.ofMinutes(8)), t0.plus(Duration.ofMinutes(10))),
                new TimeSegment(Phase.STEP_4, t0.plus(Duration.ofMinutes(10)), null));
        Stage stage = open(robot, session(Phase.STEP_4, true, List.of()).withTimeLog(log, Phase.STEP_4));
        assertThat(text(robot, "#timerLabel")).isEqualTo("+05:05");
        assertThat(text(robot, "#timerCaption")).isEqualTo("över tiden i steget");
        Label timer = robot.lookup("#timerLabel").queryAs(Label.class);
        assertThat(timer.getWidth()).as("the figures whole, not '+05…'").isGreaterThanOrEqualTo(timer.prefWidth(-1));
        assertThat(text(robot, "#scheduleLabel")).isEqualTo("Hela sessionen: 40 min före planen");

        ProjectorWindow projector = (ProjectorWindow) stage.getProperties().get(ProjectorWindow.class);
        robot.interact(() -> projector.open(stage));
        javafx.scene.Parent room = projector.stage().orElseThrow().getScene().getRoot();
        assertThat(robot.from(room).lookup("#projectorTimer").queryAs(Label.class).getText()).isEqualTo("+05:05");
        assertThat(robot.from(room).lookup("#projectorTimerCaption").queryAs(Label.class).getText()).isEqualTo("över tiden i steget");
        assertThat(robot.from(room).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("nothing on the wall says time is left").noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("kvar"));

        // Back within the plan: the same words again, in both windows.
        robot.interact(() -> model(stage, SessionViewModel.class).addTime(10));
        assertThat(text(robot, "#timerLabel")).isEqualTo("04:55");
        assertThat(text(robot, "#timerCaption")).isEqualTo("kvar i steget");
        assertThat(robot.from(room).lookup("#projectorTimer").queryAs(Label.class).getText()).isEqualTo("04:55");
        assertThat(robot.from(room).lookup("#projectorTimerCaption").queryAs(Label.class).getText()).isEqualTo("kvar i steget");
        assertThat(text(robot, "#scheduleLabel")).isEqualTo("Hela sessionen: 45 min före planen");
        robot.interact(projector::close);
        robot.interact(stage::close);
    }

    @Test
    void aNewNoteIsAttributedToWhoeverHasTheFloor(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_1, false, List.of()));
        NotesViewModel notes = model(stage, NotesViewModel.class);
        @SuppressWarnings("unchecked")
        ComboBox<Participant> by = robot.lookup("#noteBy").queryAs(ComboBox.class);
        assertThat(by.getValue()).as("the floor is free").isNull();
        robot.clickOn("#noteInput").push(KeyCode.CONTROL, KeyCode.DIGIT1).type(KeyCode.F7);
        assertThat(by.getValue().name()).isEqualTo("Karin Lindqvist");
        robot.write("Skolan på orten är halvtom").type(KeyCode.ENTER);
        assertThat(notes.notes().get(0).participantId()).isEqualTo("p1");
        assertThat(by.getValue().name()).as("still Karin's turn").isEqualTo("Karin Lindqvist");

        // Per interjects: the facilitator changes the attribution for a note; it holds while Karin keeps the floor.
        robot.interact(() -> by.setValue(by.getItems().get(2)));
        robot.clickOn("#noteInput").write("Skolskjutsen kostar").type(KeyCode.ENTER);
        robot.write("Och tar tid").type(KeyCode.ENTER);
        assertThat(notes.notes()).extracting(Note::participantId).containsExactly("p1", "p2", "p2");

        // The floor changes hands: the attribution follows the new speaker, and nobody when it is free.
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2).type(KeyCode.F7);
        assertThat(by.getValue().name()).isEqualTo("Per Håkansson");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1).type(KeyCode.F7);
        assertThat(by.getValue().name()).isEqualTo("Karin Lindqvist");
        robot.type(KeyCode.F7);
        assertThat(by.getValue()).as("nobody waiting: the floor is free").isNull();
        robot.write("Gemensam bild saknas").type(KeyCode.ENTER);
        assertThat(notes.notes().get(3).participantId()).isEmpty();
        robot.interact(() -> model(stage, SessionViewModel.class).dirtyProperty().set(false));
        robot.interact(stage::close);
    }

    @Test
    void theGuidanceIsLeftAlignedInEveryStepAndTheRolesReadAtAGlance(FxRobot robot) {
        Stage stage = open(robot, session(Phase.STEP_1, true, List.of()));
        Label guidance = robot.lookup("#phaseGuidance").queryAs(Label.class);
        double left = guidance.localToScene(0, 0).getX();
        for (String step : List.of("step3", "step4", "step2", "step5")) {
            robot.clickOn("#rail-" + step);
            robot.interact(() -> { });
            assertThat(guidance.localToScene(0, 0).getX()).as(step).isEqualTo(left);
            assertThat(guidance.getWidth()).as(step + ": as wide as its pane")
                    .isEqualTo(((javafx.scene.layout.Region) guidance.getParent()).getWidth(), org.assertj.core.data.Offset.offset(30.0));
        }

        // The roles: name and average per person in the text's own size and ink, the step's average under them.
        List<Label> politicians = robot.lookup("#role-förtroendevald .label").queryAllAs(Label.class).stream().toList();
        assertThat(politicians).extracting(Label::getText).contains("Förtroendevalda (1)", "00:00", "i steget 00:00 per person");
        Label average = robot.lookup("#role-förtroendevald .balance-role-average").queryAs(Label.class);
        Label name = robot.lookup("#role-förtroendevald .balance-role-name").queryAs(Label.class);
        assertThat(average.getFont().getSize()).isGreaterThan(name.getFont().getSize());
        for (Label l : politicians) {
            assertThat(l.getTextFill()).as(l.getText()).isEqualTo(javafx.scene.paint.Color.web("#1d2327"));
            assertThat(l.getFont().getSize()).as(l.getText()).isGreaterThanOrEqualTo(12.5);
        }
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
        assertThat(robot.from(list).lookup(".solution-votes").queryAllAs(ToggleButton.class)).isNotEmpty().noneMatch(Node::isVisible);
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
        robot.clickOn("#solutionInput").write("Pausa omställningen av organisationen tills kommunfullmäktige har beslutat om"
                + " strukturen, och ge förvaltningen i uppdrag att ta fram ett underlag om skolskjutsar och fritidsgårdar")
                .type(KeyCode.ENTER);
        assertThat(solutions.solutions()).extracting(Solution::text).last().asString().startsWith("Pausa omställningen");

        // Step 4: each row's votes open a −/+ per participant under it; then ranked by them.
        robot.clickOn("#nextPhase");
        assertThat(shown(robot, "#sortByVotes")).isTrue();
        select(robot, list, 0);
        assertThat(robot.lookup("#votes-s3-p1").tryQuery()).as("closed until asked for").isEmpty();
        String last = solutions.solutions().get(2).id();
        robot.clickOn("#votesToggle-" + last);
        assertThat(robot.lookup(".vote-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Karin Lindqvist", "Per Håkansson");
        // A show of hands: + per raised hand; a number typed and Enter; ↑ in the field.
        robot.clickOn("#votesMore-" + last + "-p1").clickOn("#votesMore-" + last + "-p1");
        robot.clickOn("#votes-" + last + "-p2").push(KeyCode.CONTROL, KeyCode.A).write("4").type(KeyCode.ENTER);
        assertThat(solutions.solution(last).votes()).containsEntry("p1", 2).containsEntry("p2", 4);
        robot.type(KeyCode.UP);
        assertThat(solutions.solution(last).votes()).containsEntry("p2", 5);
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#votes-" + last + "-p2").queryAs(TextField.class).isFocused())
                .as("the field keeps the focus while the session changes").isTrue();
        assertThat(robot.lookup("#votes-" + last + "-p2").queryAs(TextField.class).getText()).isEqualTo("4");
        robot.clickOn("#votesLess-" + last + "-p1");
        assertThat(solutions.solution(last).totalVotes()).isEqualTo(5);
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("a vote keeps the selection").isEqualTo("s1");
        // From the keyboard: Space opens a row's votes, Tab goes on past its horizon and choice to each person's number.
        robot.interact(() -> robot.lookup("#votesToggle-s2").query().requestFocus());
        robot.type(KeyCode.SPACE).type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(robot.lookup("#votes-s2-p1").queryAs(TextField.class).isFocused()).isTrue();
        robot.type(KeyCode.UP);
        assertThat(solutions.solution("s2").votes()).containsEntry("p1", 1);
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#votes-s2-p2").queryAs(TextField.class).isFocused()).isTrue();
        robot.clickOn("#sortByVotes");
        assertThat(solutions.solutions()).extracting(s -> s.text().substring(0, 12))
                .containsExactly("Pausa omstäl", "Kompensation", "Dialogmöten ");
        // Long texts wrap whole at the width the row gives them, in a wide window and a narrow one.
        for (double width : new double[] {1280, 1000}) {
            robot.interact(() -> stage.setWidth(width));
            for (Label text : robot.from(list).lookup(".solution-text").queryAllAs(Label.class)) {
                assertThat(text.getHeight()).as("wrapped whole at %s: %s", width, text.getText())
                        .isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 0.5);
                assertThat(text.getWidth()).as("never a column of letters at %s", width)
                        .isGreaterThanOrEqualTo(12 * text.getFont().getSize());
            }
        }
        robot.interact(() -> stage.setWidth(1280));
        assertThat(solutions.solutions()).extracting(Solution::totalVotes).containsExactly(5, 1, 0);
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("sorting keeps the selection").isEqualTo("s1");
        assertThat(robot.from(list).lookup(".solution-votes").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getText)
                .contains("Röster: 5 ▴", "Röster: 1 ▴", "Röster: 0 ▾");
        // The open rows stay open after the sort; closing one hides its steppers.
        assertThat(robot.lookup("#votes-" + last + "-p1").tryQuery()).isPresent();
        robot.clickOn("#votesToggle-" + last);
        assertThat(robot.lookup("#votes-" + last + "-p1").tryQuery().filter(SessionPanelsUiTest::visible)).isEmpty();
        robot.interact(stage::close);
    }

    @Test
    void theProjectorShowsTheSolutionsWhenAskedAndTheirVotesOnlyWhenShown(FxRobot robot) {
        String longOne = "Tvärpolitisk beredning för strukturfrågor med oppositionen, med en första rapport till kommunstyrelsen"
                + " före budgetberedningen i juni och en andra före valet, så att besluten står sig över mandatperioderna";
        Stage stage = open(robot, session(Phase.STEP_4, true, List.of(
                Solution.proposed("s1", "Dialogmöten på orterna", "").withHorizon(Horizon.SHORT).withVotes("p1", 1),
                Solution.proposed("s2", longOne, "").withHorizon(Horizon.LONG).withVotes("p1", 2).withVotes("p2", 3))));
        ProjectorWindow projector = (ProjectorWindow) stage.getProperties().get(ProjectorWindow.class);
        robot.interact(() -> projector.open(stage));
        javafx.scene.Parent room = projector.stage().orElseThrow().getScene().getRoot();
        // The room's window is on the other screen, out of the way of the facilitator's clicks.
        robot.interact(() -> projector.stage().orElseThrow().setX(3000));
        robot.targetWindow(stage);
        assertThat(robot.from(room).lookup("#projectorSolutions").query().isVisible()).as("not until asked").isFalse();
        assertThat(robot.lookup("#projectVotes").queryAs(CheckBox.class).isDisabled()).isTrue();

        robot.clickOn("#projectSolutions");
        assertThat(model(stage, SolutionsViewModel.class).projectedProperty().get()).isTrue();
        assertThat(wall(robot, room)).containsExactly("Lösningsförslag", "1.", "Dialogmöten på orterna", "Kort sikt",
                "2.", longOne, "Lång sikt");
        // The long one keeps its whole text on the wall, however many lines it takes.
        robot.interact(() -> { });
        for (Label text : robot.from(room).lookup(".projector-solution").queryAllAs(Label.class)) {
            assertThat(text.getHeight()).as("not cut: %s", text.getText()).isGreaterThanOrEqualTo(text.prefHeight(text.getWidth()) - 0.5);
        }
        // Sorted by votes in the session window: the wall follows, still without the votes.
        robot.clickOn("#sortByVotes");
        assertThat(wall(robot, room)).containsExactly("Lösningsförslag", "1.", longOne, "Lång sikt",
                "2.", "Dialogmöten på orterna", "Kort sikt");
        robot.clickOn("#projectVotes");
        assertThat(wall(robot, room)).containsExactly("Lösningsförslag", "1.", longOne, "Lång sikt · 5 röster",
                "2.", "Dialogmöten på orterna", "Kort sikt · 1 röst");
        // Step 5 is about consequences: the list leaves the wall; in step 3 it is back, without horizons or votes.
        robot.clickOn("#nextPhase");
        assertThat(robot.from(room).lookup("#projectorSolutions").query().isVisible()).isFalse();
        robot.clickOn("#rail-step3");
        assertThat(wall(robot, room)).containsExactly("Lösningsförslag", "1.", longOne, "",
                "2.", "Dialogmöten på orterna", "");
        robot.interact(projector::close);
        robot.interact(stage::close);
    }

    /** The labels of the projector's list of solutions, in order. */
    private static List<String> wall(FxRobot robot, javafx.scene.Parent room) {
        return robot.from(room).lookup("#projectorSolutions").queryAs(javafx.scene.layout.VBox.class).lookupAll(".label")
                .stream().map(n -> ((Label) n).getText()).toList();
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
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0027-03-01").type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(0).due()).as("a year no session file may hold keeps the old date")
                .isEqualTo(LocalDate.of(2027, 2, 15));
        robot.doubleClickOn(cell(robot, table, 0, 2));
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(agreements.agreements().get(0).due()).isNull();

        // A date typed in the date picker is taken; such a year, or words, are refused there too
        // (the field shows the date it had: none, and the agreement is added without a date).
        DatePicker due = robot.lookup("#agreementDue").queryAs(DatePicker.class);
        for (String typed : List.of("2027-03-01", "0027-03-01", "31 mars")) {
            robot.clickOn("#agreementWhat").write("Uppföljning " + typed);
            robot.clickOn(due.getEditor()).write(typed).type(KeyCode.TAB);
            assertThat(due.getEditor().getText()).as("%s taken or refused", typed)
                    .isEqualTo(typed.startsWith("2027") ? typed : "");
            robot.clickOn("#addAgreement");
        }
        assertThat(agreements.agreements()).extracting(Agreement::due).hasSize(5)
                .satisfies(d -> assertThat(d.subList(2, 5)).isEqualTo(java.util.Arrays.asList(LocalDate.of(2027, 3, 1), null, null)));
        robot.interact(() -> List.copyOf(agreements.agreements().subList(2, 5)).forEach(agreements::removeAgreement));

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
