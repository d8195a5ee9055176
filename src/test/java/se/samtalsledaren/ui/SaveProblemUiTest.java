package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
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
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/** Saving fails (a folder that is not one, a read-only folder): a visible banner, nothing lost, retry works. */
@ExtendWith(ApplicationExtension.class)
class SaveProblemUiTest {
    @TempDir Path home;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Messages messages = new Messages(new Locale("sv"));
    private SessionWindows windows;
    private Case case11;
    private final Session sample = Sessions.sample();

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        case11 = library.byId(sample.caseRef().id()).orElseThrow().value();
        windows = TestWindows.create(library, home, scheduler, clock);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();
    }

    private SessionViewModel open(FxRobot robot, Path file) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> stage[0] = windows.openSession(sample, case11, file));
        return (SessionViewModel) stage[0].getProperties().get(SessionViewModel.class);
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void aFolderThatIsNotOneShowsTheProblemKeepsTheSessionAndRetryWorks(FxRobot robot) throws Exception {
        Path blocked = Files.writeString(home.resolve("usb"), "a file where the folder should be");
        Path file = blocked.resolve("session.json");
        SessionViewModel vm = open(robot, file);
        assertThat(robot.lookup("#saveProblem").query().isVisible()).isFalse();

        robot.interact(() -> vm.addTime(3));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        assertThat(robot.lookup("#saveProblem").query().isVisible()).isTrue();
        assertThat(label(robot, "#saveProblemMessage").getText()).isEqualTo("Kunde inte spara i " + file
                + ": sökvägen leder inte till en mapp. Sessionen finns kvar i programmet; inget har gått förlorat.");
        assertThat(vm.session().plannedMinutes(sample.current())).as("the change is still in memory")
                .isEqualTo(sample.plannedMinutes(sample.current()) + 3);
        assertThat(vm.dirtyProperty().get()).isTrue();

        // The drive is back: "Försök igen".
        Files.delete(blocked);
        Files.createDirectory(blocked);
        robot.clickOn("#saveRetry");
        robot.interact(scheduler::runDue);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveProblem").query().isVisible()).isFalse();
        assertThat(new SessionStore(messages).open(file)).isEqualTo(vm.session());
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(label(robot, "#sessionStatus").getText()).isEqualTo("Sparad automatiskt i session.json kl. 09:00:02");
    }

    @Test
    void aReadOnlyFolderShowsTheProblem(FxRobot robot) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path folder = Files.createDirectory(home.resolve("read-only"));
        Path file = folder.resolve("session.json");
        new SessionStore(messages).save(file, sample);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            SessionViewModel vm = open(robot, file);
            robot.interact(() -> vm.addTime(1));
            robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
            assertThat(label(robot, "#saveProblemMessage").getText()).contains("åtkomst nekad (skrivskyddad mapp eller fil?)");
            assertThat(new SessionStore(messages).open(file)).as("the old file is untouched").isEqualTo(sample);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileOpenInAnotherInstanceIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        Path file = home.resolve("shared.json");
        new SessionStore(messages).save(file, sample);
        // Another Samtalsledaren on another computer (a shared folder) has it open.
        new SessionLocks(messages, clock, 4242, "laptop-sara", java.time.Instant.parse("2026-11-23T08:00:00Z"), (p, t) -> true)
                .acquire(file);
        java.nio.file.Files.setLastModifiedTime(SessionLocks.lockFileOf(file), java.nio.file.attribute.FileTime.from(clock.instant()));
        int before = Window.getWindows().size();
        robot.interact(() -> windows.open(file, null));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(shown).startsWith("Sessionen kunde inte öppnas:\n" + file
                + ": filen är redan öppen i Samtalsledaren på datorn laptop-sara (process 4242, sedan ");
        assertThat(Window.getWindows().stream().filter(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().startsWith("Session:"))).isEmpty();
        assertThat(Window.getWindows().size()).isEqualTo(before + 1);
    }
}
