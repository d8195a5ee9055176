package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
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
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * How a window of a session without a file ends: "Stäng utan att spara" drops its recovery copy,
 * "Avbryt" keeps the window, and quitting the app keeps the copy for the next start.
 */
@ExtendWith(ApplicationExtension.class)
class SessionCloseUiTest {
    @TempDir Path home;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Session sample = Sessions.sample();
    private TestWindows.Durable durable;
    private Stage session;
    private SessionViewModel vm;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        Messages messages = new Messages(new Locale("sv"));
        var library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        durable = TestWindows.durable(library, home, scheduler, clock);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();
        session = durable.windows().openSession(sample, library.byId(sample.caseRef().id()).orElseThrow().value(), null);
        vm = (SessionViewModel) session.getProperties().get(SessionViewModel.class);
    }

    /** A change, autosaved to the recovery copy. */
    private void changeAndAutosave(FxRobot robot) {
        robot.interact(() -> vm.addTime(2));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        assertThat(durable.recovery().scan()).as("this window holds its slot").isEmpty();
        assertThat(vm.dirtyProperty().get()).as("not in a file").isTrue();
    }

    private void requestClose() {
        Platform.runLater(() -> Event.fireEvent(session, new WindowEvent(session, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closingWithoutSavingDropsTheRecoveryCopy(FxRobot robot) {
        changeAndAutosave(robot);
        requestClose();
        robot.clickOn("Stäng utan att spara");
        robot.interact(scheduler::runDue);
        assertThat(session.isShowing()).isFalse();
        assertThat(durable.recovery().scan()).isEmpty();
        assertThat(home.resolve("data/autosave")).isEmptyDirectory();
    }

    @Test
    void cancellingKeepsTheWindowAndQuittingKeepsTheCopyForTheNextStart(FxRobot robot) {
        changeAndAutosave(robot);
        requestClose();
        robot.clickOn("Avbryt");
        assertThat(session.isShowing()).isTrue();
        robot.interact(() -> durable.windows().closeAll()); // what quitting does
        robot.interact(scheduler::runDue);
        assertThat(durable.recovery().scan()).singleElement()
                .satisfies(c -> assertThat(c.session()).isEqualTo(vm.session()));
    }
}
