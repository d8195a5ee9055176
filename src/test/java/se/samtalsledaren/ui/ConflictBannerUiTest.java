package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.autosave.AutosaveBannerController;
import se.samtalsledaren.ui.autosave.AutosaveViewModel;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * Another program changes the session file while a window has it open: the banner says so and
 * offers "Behåll min", "Öppna den andra" and "Spara min som …"; each keeps both versions.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictBannerUiTest {
    @TempDir Path home;
    private final FakeClock clock = FakeClock.at("2026-11-23T09:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Messages messages = new Messages(new Locale("sv"));
    private final Session sample = Sessions.sample();
    private TestWindows.Durable durable;
    private Case case11;

    @Start
    void start(Stage stage) {
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        CaseLibrary library = TestWindows.bundledLibrary();
        case11 = library.byId(sample.caseRef().id()).orElseThrow().value();
        durable = TestWindows.durable(library, home, scheduler, clock);
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();
    }

    private Path sessionFile() throws IOException {
        Path file = Files.createDirectories(home.resolve("delad")).resolve("session.json");
        new SessionStore(messages).save(file, sample);
        return file;
    }

    /** Opens the file as the app does (in the background: lock, read, window). */
    private Stage openWindow(FxRobot robot, Path file) {
        robot.interact(() -> durable.windows().open(file, null));
        WaitForAsyncUtils.waitForFxEvents();
        return sessionWindows().get(sessionWindows().size() - 1);
    }

    private static List<Stage> sessionWindows() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing() && s.getTitle() != null
                && s.getTitle().startsWith("Session:")).map(w -> (Stage) w).toList();
    }

    private static SessionViewModel vm(Stage stage) {
        return (SessionViewModel) stage.getProperties().get(SessionViewModel.class);
    }

    private void otherProgramWrites(Path file, String title) throws IOException {
        new SessionStore(messages).save(file, Sessions.variant(sample, 0).withInfo(
                new se.samtalsledaren.model.SessionInfo(title, sample.info().date(), sample.info().place(), sample.info().facilitator())));
    }

    private String titleOnDisk(Path file) throws Exception {
        return new SessionStore(messages).open(file).info().title();
    }

    private static Node in(FxRobot robot, Stage stage, String id) {
        return robot.from(stage.getScene().getRoot()).lookup(id).query();
    }

    private void changeAndSave(FxRobot robot, SessionViewModel vm) {
        robot.interact(() -> vm.addTime(2));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theBannerOffersTheThreeChoicesAndBehallMinKeepsBoth(FxRobot robot) throws Exception {
        Path file = sessionFile();
        Stage window = openWindow(robot, file);
        SessionViewModel vm = vm(window);
        assertThat(in(robot, window, "#saveProblem").isVisible()).isFalse();

        otherProgramWrites(file, "Saras version");
        changeAndSave(robot, vm);

        assertThat(in(robot, window, "#saveProblem").isVisible()).isTrue();
        String shown = ((Label) in(robot, window, "#saveProblemMessage")).getText();
        assertThat(shown).startsWith("Ett annat program har ändrat session.json sedan du öppnade eller sparade den här. "
                + "Autosparningen till filen har stoppats: din version finns kvar i programmet och den andra versionen har sparats som "
                + home.resolve("data/backups"));
        for (String id : List.of("#keepMine", "#openOther", "#saveMineAs")) {
            assertThat(in(robot, window, id).isVisible()).as(id).isTrue();
        }
        assertThat(in(robot, window, "#saveRetry").isVisible()).isFalse();
        assertThat(titleOnDisk(file)).isEqualTo("Saras version");
        assertThat(vm.dirtyProperty().get()).isTrue();

        robot.clickOn("#keepMine");
        robot.interact(scheduler::runDue);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(in(robot, window, "#saveProblem").isVisible()).isFalse();
        assertThat(new SessionStore(messages).open(file)).isEqualTo(vm.session());
        assertThat(durable.store()).isNotNull();
        Path other = new Backups(home.resolve("data/backups"), clock).others(file).get(0);
        assertThat(titleOnDisk(other)).as("the other version stays among the backups").isEqualTo("Saras version");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void oppnaDenAndraOpensTheOtherVersionAndThisWindowKeepsItsOwnWithoutAFile(FxRobot robot) throws Exception {
        Path file = sessionFile();
        Stage window = openWindow(robot, file);
        SessionViewModel vm = vm(window);
        otherProgramWrites(file, "Saras version");
        changeAndSave(robot, vm);
        Session mine = vm.session();

        robot.clickOn("#openOther");
        robot.interact(scheduler::runDue);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sessionWindows()).hasSize(2);
        Stage otherWindow = sessionWindows().stream().filter(s -> s != window).findFirst().orElseThrow();
        assertThat(vm(otherWindow).session().info().title()).isEqualTo("Saras version");
        assertThat(vm(otherWindow).fileProperty().get()).isEqualTo(file);
        assertThat(vm.session()).as("this window's work is untouched").isEqualTo(mine);
        assertThat(vm.fileProperty().get()).as("it no longer writes the other's file").isNull();
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(in(robot, window, "#saveProblem").isVisible()).isFalse();
        assertThat(((Label) in(robot, window, "#sessionStatus")).getText()).startsWith("Sparad automatiskt kl. 09:00:02 (ännu ingen fil");
        // Both windows go on saving where they belong.
        changeAndSave(robot, vm);
        assertThat(titleOnDisk(file)).isEqualTo("Saras version");
        assertThat(durable.recovery().dir()).isDirectoryContaining(p -> p.toString().endsWith(".json"));
        robot.interact(() -> List.of(window, otherWindow).forEach(Stage::hide));
    }

    @Test
    void sparaMinSomWritesThisVersionToTheChosenFileAndLeavesTheOtherInPlace(FxRobot robot) throws Exception {
        // The banner alone, with a file dialog that answers at once.
        Path file = sessionFile();
        Path chosen = file.resolveSibling("min-version.json");
        List<String> asked = new ArrayList<>();
        SessionStore store = durable.store();
        SessionLocks locks = durable.locks();
        Recovery recovery = durable.recovery();
        AutosaveViewModel vm = new AutosaveViewModel(new UiText(new Locale("sv")), Runnable::run, java.time.ZoneOffset.UTC);
        Autosave autosave = new Autosave(store, recovery, locks, scheduler, clock, sample.id(), file, locks.acquire(file), null, vm);
        store.open(file);
        vm.attach(autosave);
        vm.setChoices(new AutosaveViewModel.Choices(target -> {
            try {
                store.save(target, Sessions.variant(sample, 5));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            autosave.setFile(target);
        }, other -> asked.add("open " + other), () -> asked.add("left")));
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            Parent banner = new ViewLoader(new UiText(new Locale("sv")).bundle(), Map.of(AutosaveBannerController.class,
                    (Supplier<Object>) () -> new AutosaveBannerController(vm, (owner, name) -> {
                        asked.add("asked, proposing " + name);
                        return Optional.of(chosen);
                    }))).load("autosave/AutosaveBanner.fxml");
            stage[0] = new Stage();
            stage[0].setScene(new Scene(banner, 900, 120));
            stage[0].show();
        });
        otherProgramWrites(file, "Saras version");
        autosave.changed(Sessions.variant(sample, 5));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(in(robot, stage[0], "#saveMineAs").isVisible()).isTrue();

        robot.clickOn("#saveMineAs");
        robot.interact(scheduler::runDue);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asked).containsExactly("asked, proposing session.json");
        assertThat(titleOnDisk(chosen)).isEqualTo("Variant 5");
        assertThat(titleOnDisk(file)).isEqualTo("Saras version");
        assertThat(locks.holds(chosen)).isTrue();
        assertThat(locks.holds(file)).isFalse();
        assertThat(in(robot, stage[0], "#saveProblem").isVisible()).isFalse();
        autosave.changed(Sessions.variant(sample, 6));
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        assertThat(titleOnDisk(chosen)).isEqualTo("Variant 6");
        robot.interact(stage[0]::hide);
    }
}
