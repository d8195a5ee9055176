package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.session.Airtime;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.floor.FloorViewModel;
import se.samtalsledaren.ui.projector.ProjectorWindow;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/** The speaker queue driven from the keyboard, the slot countdown, rounds, balance and the projector. */
@ExtendWith(ApplicationExtension.class)
class FloorUiTest {
    @TempDir static Path home;
    private SessionWindows windows;
    private CaseLibrary library;
    private Session sample;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = new Messages(new Locale("sv"));
        library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        windows = TestWindows.create(library);
        sample = new SessionStore(messages).open(Path.of("examples/sample-session.json"));
        // The fake clock must be later than the sample's log, as a reopened session would be.
        Instant after = Instant.parse("2026-11-23T11:00:00Z");
        if (TestWindows.CLOCK.instant().isBefore(after)) {
            TestWindows.CLOCK.advance(Duration.between(TestWindows.CLOCK.instant(), after));
        }
        stage.setScene(new javafx.scene.Scene(new Label("Samtalsledaren"), 200, 100));
        stage.show();
    }

    private Stage openAtStep2(FxRobot robot) {
        Session atStep2 = sample.withTimeLog(sample.timeLog(), Phase.STEP_2);
        robot.interact(() -> windows.openSession(atStep2, library.byId(sample.caseRef().id()).orElseThrow().value(), null));
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Session:")).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
        robot.targetWindow(stage);
        robot.clickOn("#noteInput");
        return stage;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @Test
    void theFacilitatorRunsTheFloorFromTheKeyboard(FxRobot robot) throws Exception {
        Stage stage = openAtStep2(robot);
        FloorViewModel floor = (FloorViewModel) stage.getProperties().get(FloorViewModel.class);
        SessionViewModel vm = (SessionViewModel) stage.getProperties().get(SessionViewModel.class);
        int chimesBefore = TestWindows.CHIMES.get();
        assertThat(text(robot, "#speakerName")).isEqualTo("Ingen har ordet");
        assertThat(text(robot, "#slotText")).isEqualTo("02:00");

        // Jonas (2) and Lena (5) raise their hands while the facilitator types a note: no digits typed.
        robot.write("Lokalerna");
        ctrl(robot, KeyCode.DIGIT2);
        ctrl(robot, KeyCode.DIGIT5);
        assertThat(robot.lookup("#noteInput").queryAs(TextField.class).getText()).isEqualTo("Lokalerna");
        @SuppressWarnings("unchecked")
        ListView<FloorViewModel.QueueItem> queue = robot.lookup("#queueList").queryAs(ListView.class);
        assertThat(queue.getItems()).extracting(q -> q.participant().name()).containsExactly("Jonas Ek", "Lena Strand");
        assertThat(robot.lookup("#balance-p2 .balance-mark").queryAs(Label.class).getText()).isEqualTo("kö 1");
        // Lena has the least airtime so far: she is the suggestion.
        assertThat(text(robot, "#suggestion")).startsWith("Förslag: Lena Strand");

        // F7 hands the floor to the first hand; the slot counts down from the clock.
        robot.type(KeyCode.F7);
        assertThat(text(robot, "#speakerName")).isEqualTo("Jonas Ek");
        assertThat(queue.getItems()).extracting(q -> q.participant().id()).containsExactly("p5");
        TestWindows.CLOCK.advance(Duration.ofSeconds(105));
        robot.interact(floor::refresh);
        assertThat(text(robot, "#slotText")).isEqualTo("00:15");
        assertThat(robot.lookup("#speakerCard").queryAs(Node.class).getStyleClass()).contains("slot-warning");
        TestWindows.CLOCK.advance(Duration.ofSeconds(20));
        robot.interact(floor::refresh);
        robot.interact(floor::refresh);
        assertThat(text(robot, "#slotText")).isEqualTo("+00:05");
        assertThat(robot.lookup("#speakerCard").queryAs(Node.class).getStyleClass()).contains("slot-overrun");
        assertThat(TestWindows.CHIMES.get() - chimesBefore).as("one soft sound at the end of the slot").isEqualTo(1);
        assertThat(text(robot, "#speakerName")).as("nobody is cut off").isEqualTo("Jonas Ek");

        // F6 stops and continues the speaker; stopped time does not count.
        robot.type(KeyCode.F6);
        assertThat(text(robot, "#speakButton")).isEqualTo("Fortsätt");
        TestWindows.CLOCK.advance(Duration.ofSeconds(30));
        robot.type(KeyCode.F6);
        TestWindows.CLOCK.advance(Duration.ofSeconds(5));
        robot.type(KeyCode.F7);
        assertThat(text(robot, "#speakerName")).isEqualTo("Lena Strand");
        List<SpeakingTurn> jonas = vm.session().floor().log().stream()
                .filter(t -> t.participantId().equals("p2") && t.phase() == Phase.STEP_2 && t.start().isAfter(sample.timeLog().get(8).end())).toList();
        assertThat(jonas.stream().map(t -> t.length(TestWindows.CLOCK.instant())).reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(130));

        // Fatima (3) and Karin (1) raise hands; F8 gives the floor to the one with the least airtime.
        ctrl(robot, KeyCode.DIGIT3);
        ctrl(robot, KeyCode.DIGIT1);
        assertThat(text(robot, "#suggestion")).startsWith("Förslag: Fatima Rahimi");
        robot.type(KeyCode.F8);
        assertThat(text(robot, "#speakerName")).isEqualTo("Fatima Rahimi");
        assertThat(queue.getItems()).extracting(q -> q.participant().id()).containsExactly("p1");

        // The queue is reordered and edited from the keyboard.
        ctrl(robot, KeyCode.DIGIT4);
        ctrl(robot, KeyCode.DIGIT6);
        robot.interact(() -> {
            queue.requestFocus();
            queue.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        assertThat(queue.getItems()).extracting(q -> q.participant().id()).containsExactly("p4", "p1", "p6");
        robot.interact(() -> queue.getSelectionModel().select(2));
        robot.type(KeyCode.DELETE);
        assertThat(queue.getItems()).extracting(q -> q.participant().id()).containsExactly("p4", "p1");
        ctrl(robot, KeyCode.DIGIT4);
        assertThat(queue.getItems()).extracting(q -> q.participant().id()).as("Ctrl+4 again lowers the hand").containsExactly("p1");

        // F9: a round for everyone, one slot each; F9 again cancels it.
        robot.type(KeyCode.F9);
        assertThat(queue.getItems()).hasSize(6);
        robot.type(KeyCode.F7);
        assertThat(text(robot, "#roundText")).isEqualTo("Runda: tur 1 av 6");
        assertThat(text(robot, "#speakerName")).isEqualTo("Karin Lindqvist");
        robot.type(KeyCode.F9);
        assertThat(queue.getItems()).isEmpty();

        // The balance view: Mikael has not spoken in this step; the roles side by side.
        assertThat(robot.lookup("#balance-p6").queryAs(javafx.scene.layout.VBox.class).getStyleClass()).contains("silent-in-step");
        assertThat(text(robot, "#notYetSpoken")).isEqualTo("Har inte talat i steget: Mikael Öberg");
        assertThat(robot.lookup("#role-förtroendevald").tryQuery()).isPresent();
        assertThat(robot.lookup("#role-tjänsteperson").tryQuery()).isPresent();

        // F1 shows the shortcuts over the window; any key closes them.
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcutOverlay").tryQuery().map(Node::isVisible).orElse(false)).isFalse();

        // Ctrl+Shift+P opens the projector: the step, its questions, the speaker, the slot; never the notes.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        ProjectorWindow projector = (ProjectorWindow) stage.getProperties().get(ProjectorWindow.class);
        assertThat(projector.isShowing()).isTrue();
        Stage room = projector.stage().orElseThrow();
        assertThat(roomText(room)).contains("Case 11: Tuffa strukturbeslut slår olika", "2 Vad är problemet?", "Karin Lindqvist");
        // Case 11 has no question of its own for step 2; moving on shows step 3's questions in the room.
        assertThat(stage.isFocused()).as("the facilitator keeps the keyboard").isTrue();
        robot.clickOn("#noteInput");
        robot.press(KeyCode.CONTROL, KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN, KeyCode.CONTROL);
        assertThat(roomText(room)).contains("3 Tänkbara lösningar", "• Tänkbara vägar framåt?");
        for (Phase p : Phase.values()) {
            for (Note n : vm.session().notesFor(p)) {
                assertThat(roomText(room)).as("the room never sees the notes").noneMatch(t -> t.contains(n.text()));
            }
        }
        // It follows the facilitator live, and the facilitator keeps the keyboard.
        ctrl(robot, KeyCode.DIGIT2);
        robot.type(KeyCode.F7);
        assertThat(robot.from(room.getScene().getRoot()).lookup("#projectorSpeaker").queryAs(Label.class).getText()).isEqualTo("Jonas Ek");
        TestWindows.CLOCK.advance(Duration.ofSeconds(40));
        robot.interact(floor::refresh);
        assertThat(robot.from(room.getScene().getRoot()).lookup("#projectorSlot").queryAs(Label.class).getText()).isEqualTo("01:20");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(projector.isShowing()).isFalse();

        // The log and totals are saved and shown again when the session is reopened.
        robot.type(KeyCode.F7);
        Path file = home.resolve("floor.json");
        robot.interact(() -> vm.saveTo(file, e -> { throw new AssertionError(e); }));
        Session reopened = new SessionStore(new Messages(Locale.ENGLISH)).open(file);
        assertThat(reopened.floor()).isEqualTo(vm.session().floor());
        Airtime before = Airtime.of(vm.session(), TestWindows.CLOCK.instant());
        assertThat(Airtime.of(reopened, TestWindows.CLOCK.instant()).of("p2")).isEqualTo(before.of("p2"));
        String jonasRow = rowText(robot, stage, "p2");
        robot.interact(stage::close);
        robot.interact(() -> windows.openSession(reopened, library.byId(reopened.caseRef().id()).orElseThrow().value(), file));
        Stage again = Window.getWindows().stream().filter(w -> w instanceof Stage st && st.isShowing() && st.getTitle() != null
                && st.getTitle().startsWith("Session:")).map(w -> (Stage) w).reduce((a, b) -> b).orElseThrow();
        assertThat(rowText(robot, again, "p2")).isEqualTo(jonasRow).contains("Jonas Ek");
        assertThat(Files.size(file)).isPositive();
        robot.interact(again::close);
    }

    private static List<String> roomText(Stage room) {
        return room.getScene().getRoot().lookupAll(".label").stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
    }

    private static String rowText(FxRobot robot, Stage stage, String participantId) {
        return robot.from(stage.getScene().getRoot()).lookup("#balance-" + participantId).queryAs(javafx.scene.layout.VBox.class)
                .lookupAll(".label").stream().filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "|" + b);
    }
}
