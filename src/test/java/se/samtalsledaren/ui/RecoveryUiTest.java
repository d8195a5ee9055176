package se.samtalsledaren.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.store.Backups;
import se.samtalsledaren.store.ManualScheduler;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.store.Sessions;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.recovery.RecoveryDialog;
import se.samtalsledaren.ui.recovery.RecoveryViewModel;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.SessionWindows;

/**
 * The recovery dialog at start after a crash: what it shows, restore, discard with confirmation,
 * and "later". The crashed instance is simulated by slots whose lock names a process id that
 * cannot exist on this computer.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryUiTest {
    private static final Instant CRASH = Instant.parse("2026-11-23T09:41:07Z");
    @TempDir Path home;
    private final FakeClock clock = FakeClock.at("2026-11-23T10:00:00Z");
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Messages messages = new Messages(new Locale("sv"));
    private SessionLocks locks;
    private Recovery recovery;
    private Session unsaved;
    private Session filed;
    private Path origin;
    private Path unsavedCopy;

    private Stage dialog;

    @Start
    void start(Stage stage) throws Exception {
        // Windows of earlier tests in this JVM go first.
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        Session sample = Sessions.sample();
        unsaved = sample.withInfo(new SessionInfo("Kväll i Kommunhuset", sample.info().date(), "Kommunhuset", "Sara"));
        filed = Sessions.variant(sample, 2);
        leftByACrash();

        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of());
        TestWindows.Durable durable = TestWindows.durable(library, home, scheduler, clock);
        locks = durable.locks();
        recovery = durable.recovery();
        SessionStore store = durable.store();
        SessionWindows windows = durable.windows();
        UiText text = new UiText(new Locale("sv"));
        String css = App.class.getResource("app.css").toExternalForm();
        stage.setScene(new Scene(new Label("Samtalsledaren"), 400, 300));
        stage.show();
        dialog = new RecoveryDialog(text, ZoneOffset.UTC, Background.synchronous(), recovery, store, css, new WindowSizes(TestWindows.PREFERENCES))
                .show(recovery.scan(), stage, (c, slot) -> windows.restore(c, slot, stage));
    }

    /** An instance with a process id no process can have saved two sessions and then died. */
    private void leftByACrash() throws Exception {
        SessionLocks crashed = new SessionLocks(messages, clock, 2_000_000_000L, SessionLocks.hostName(),
                Instant.parse("2026-11-23T08:00:00Z"), (pid, start) -> true);
        SessionStore store = new SessionStore(messages, new Backups(home.resolve("data/backups"), clock), crashed);
        Recovery theirs = new Recovery(home.resolve("data/autosave"), store, crashed);
        Recovery.Slot a = theirs.newSlot(unsaved.id());
        a.writeCopy(unsaved);
        unsavedCopy = a.copy();
        Files.setLastModifiedTime(unsavedCopy, FileTime.from(CRASH));
        origin = Files.createDirectories(home.resolve("work")).resolve("filed.json");
        crashed.acquire(origin);
        store.save(origin, filed);
        Files.setLastModifiedTime(origin, FileTime.from(CRASH.minus(Duration.ofMinutes(30))));
        theirs.newSlot(filed.id()).setOrigin(origin);
    }

    private static List<Stage> windows(String titlePrefix) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith(titlePrefix))
                .map(w -> (Stage) w).toList();
    }

    private static List<String> texts(FxRobot robot, String styleClass) {
        return robot.lookup(styleClass).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static ListView<RecoveryViewModel.Item> list(FxRobot robot) {
        return robot.lookup("#recoveryList").queryAs(ListView.class);
    }

    @Test
    void showsWhatEachRecoveredSessionHoldsAndWhenItWasSaved(FxRobot robot) {
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialog.getTitle()).isEqualTo("Återställ sessioner");
        assertThat(list(robot).getItems()).hasSize(2);
        assertThat(texts(robot, ".recovery-heading")).containsExactly(
                "Case 11: Tuffa strukturbeslut slår olika", "Case 11: Tuffa strukturbeslut slår olika");
        assertThat(texts(robot, ".recovery-title")).containsExactly("Kväll i Kommunhuset", "Variant 2");
        int notes = unsaved.notes().values().stream().mapToInt(List::size).sum();
        assertThat(texts(robot, ".recovery-detail")).containsExactly(
                "6 deltagare · " + notes + " anteckningar · " + unsaved.solutions().size() + " lösningar · "
                        + unsaved.agreements().size() + " överenskommelser · fas: Avslutning och överenskommelser",
                "Sparad 2026-11-23 09:41:07",
                "Inte sparad i någon fil",
                "6 deltagare · " + notes + " anteckningar · " + filed.solutions().size() + " lösningar · "
                        + filed.agreements().size() + " överenskommelser · fas: Avslutning och överenskommelser",
                "Sparad 2026-11-23 09:11:07",
                "Fil: " + origin.toAbsolutePath());
    }

    @Test
    void restoreOpensEachSessionInAWindowThatKeepsSavingIt(FxRobot robot) throws Exception {
        robot.clickOn("Kväll i Kommunhuset");
        robot.clickOn("#recoveryRestore");
        WaitForAsyncUtils.waitForFxEvents();
        Stage first = windows("Session:").get(0);
        SessionViewModel vm = (SessionViewModel) first.getProperties().get(SessionViewModel.class);
        assertThat(vm.session()).isEqualTo(unsaved);
        assertThat(vm.fileProperty().get()).isNull();
        assertThat(vm.dirtyProperty().get()).as("not in any file yet").isTrue();
        assertThat(list(robot).getItems()).hasSize(1);
        // The window took over the slot: its autosave writes the copy again, and another scan skips it.
        Files.delete(unsavedCopy);
        robot.interact(() -> scheduler.advance(Duration.ofSeconds(2)));
        assertThat(new SessionStore(messages).open(unsavedCopy)).isEqualTo(unsaved);
        assertThat(recovery.scan()).extracting(c -> c.session().info().title()).containsExactly("Variant 2");

        robot.clickOn("Variant 2");
        robot.clickOn("#recoveryRestore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windows("Session:")).hasSize(2);
        Stage second = windows("Session:").stream().filter(w -> w != first).findFirst().orElseThrow();
        SessionViewModel vm2 = (SessionViewModel) second.getProperties().get(SessionViewModel.class);
        assertThat(vm2.session()).isEqualTo(filed);
        assertThat(vm2.fileProperty().get()).isEqualTo(origin);
        assertThat(vm2.dirtyProperty().get()).as("the file is the recovered state").isFalse();
        assertThat(locks.holds(origin)).as("the crashed instance's lock was stale and taken over").isTrue();
        assertThat(dialog.isShowing()).as("closes once all are dealt with").isFalse();
        assertThat(recovery.scan()).isEmpty();
    }

    @Test
    void discardAsksFirstAndNeverRemovesTheSessionFile(FxRobot robot) throws Exception {
        robot.clickOn("Variant 2");
        robot.clickOn("#recoveryDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("Filen " + origin.toAbsolutePath() + " finns kvar som den är; bara påminnelsen om den tas bort.");
        robot.clickOn("Avbryt");
        assertThat(list(robot).getItems()).hasSize(2);

        robot.clickOn("#recoveryDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Kasta");
        assertThat(list(robot).getItems()).extracting(RecoveryViewModel.Item::title).containsExactly("Kväll i Kommunhuset");
        assertThat(new SessionStore(messages).open(origin)).isEqualTo(filed);

        robot.clickOn("Kväll i Kommunhuset");
        robot.clickOn("#recoveryDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .isEqualTo("Den automatiskt sparade kopian raderas och kan inte tas tillbaka.");
        robot.clickOn("Kasta");
        assertThat(unsavedCopy).doesNotExist();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(recovery.scan()).isEmpty();
    }

    @Test
    void laterKeepsEverythingForTheNextStart(FxRobot robot) {
        robot.clickOn("#recoveryLater");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(recovery.scan()).extracting(c -> c.session().info().title())
                .containsExactly("Kväll i Kommunhuset", "Variant 2");
    }
}
