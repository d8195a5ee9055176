package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * A session saved with its clock running and Karin speaking, then not run by the app for 18
 * minutes (killed), opened again: the gap is not counted and is said in one line, the speaker
 * keeps the floor, so a new note is still attributed to her.
 */
@ExtendWith(ApplicationExtension.class)
class ReopenUiTest {
    private static final Instant STARTED = Instant.parse("2026-11-23T13:00:00Z");
    private static final Instant SAVED = Instant.parse("2026-11-23T13:05:00Z");
    @TempDir Path home;
    private final FakeClock clock = new FakeClock(STARTED);
    private Path file;
    private Stage owner;
    private TestWindows.Durable durable;

    @Start
    void start(Stage stage) throws Exception {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        Messages messages = new Messages(new Locale("sv"));
        var library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        durable = TestWindows.durable(library, home, new ManualScheduler(clock), clock);
        owner = stage;
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();

        Session s = Session.start("reopen", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Kväll", LocalDate.of(2026, 11, 23), "", "Sara"),
                List.of(new Participant("p1", "Karin Lindqvist", Role.FORTROENDEVALD, ""),
                        new Participant("p2", "Per Håkansson", Role.TJANSTEPERSON, "")), TimePlan.defaultFor(90));
        SessionRunner before = new SessionRunner(s, clock, () -> "x");
        before.goTo(Phase.STEP_1);
        before.start();
        new FloorRunner(before).giveFloorTo("p1");
        file = Files.createDirectories(home.resolve("work")).resolve("kvall.json");
        new SessionStore(messages).save(file, before.session());
        Files.setLastModifiedTime(file, FileTime.from(SAVED));
        clock.advance(Duration.ofMinutes(23)); // the app was killed at 13:05 and started again at 13:23
    }

    @Test
    void theTimeTheAppWasNotRunningIsNotCountedAndTheSpeakerKeepsTheFloor(FxRobot robot) throws Exception {
        robot.interact(() -> durable.windows().open(file, owner));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().startsWith("Session:")).map(w -> (Stage) w).findFirst().orElseThrow();
        robot.targetWindow(stage);
        SessionViewModel vm = (SessionViewModel) stage.getProperties().get(SessionViewModel.class);

        assertThat(vm.runningProperty().get()).as("paused while the app was not running").isFalse();
        assertThat(robot.lookup("#plannedUsed").queryAs(Label.class).getText()).isEqualTo("Planerat 15 min · använt 05:00");
        assertThat(robot.lookup("#gapLabel").queryAs(Label.class).getText())
                .isEqualTo("Pausad medan programmet inte körde (13:05–13:23, 18:00): den tiden räknas inte.");
        assertThat(robot.lookup("#gapLabel").queryAs(Label.class).isVisible()).isTrue();
        assertThat(vm.session().timeLog().get(vm.session().timeLog().size() - 1).end()).isEqualTo(SAVED);
        assertThat(vm.dirtyProperty().get()).as("the stopped clock is saved like any change").isTrue();

        // Karin still has the floor (stopped): a new note is hers.
        @SuppressWarnings("unchecked")
        ComboBox<Participant> by = robot.lookup("#noteBy").queryAs(ComboBox.class);
        assertThat(by.getValue().name()).isEqualTo("Karin Lindqvist");
        assertThat(robot.lookup("#speakerName").queryAs(Label.class).getText()).isEqualTo("Karin Lindqvist");

        // Starta goes on from here; the line has done its work.
        clock.advance(Duration.ofMinutes(1));
        robot.clickOn("#pauseButton");
        assertThat(robot.lookup("#gapLabel").queryAs(Label.class).isVisible()).isFalse();
        clock.advance(Duration.ofMinutes(2));
        robot.interact(vm::refreshTime);
        assertThat(robot.lookup("#plannedUsed").queryAs(Label.class).getText()).isEqualTo("Planerat 15 min · använt 07:00");
        robot.interact(() -> vm.dirtyProperty().set(false));
        robot.interact(stage::close);
    }
}
