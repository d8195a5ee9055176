package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.ParticipantLists;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.ViewLoader;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.floor.BalanceController;
import se.samtalsledaren.ui.floor.Chime;
import se.samtalsledaren.ui.floor.FloorController;
import se.samtalsledaren.ui.floor.FloorViewModel;
import se.samtalsledaren.ui.preparation.PreparationController;
import se.samtalsledaren.ui.preparation.PreparationViewModel;
import se.samtalsledaren.ui.projector.ProjectorViewModel;
import se.samtalsledaren.ui.projector.ProjectorWindow;

/** Opens the session set-up dialog and session windows, wiring their view models. */
public final class SessionWindows {
    private final UiText text;
    private final Background background;
    private final Clock clock;
    private final SessionStore store;
    private final ParticipantLists lists;
    private final String stylesheet;
    private final Function<String, java.util.Optional<LibraryEntry>> cases;
    private final Chime chime;
    private final PreparationFormat preparations;
    private final PreferencesService preferences;

    /**
     * @param preferences the default slot length and time plan of new sessions; every session
     *                    file opened or saved is remembered among the recent sessions
     */
    public SessionWindows(UiText text, Background background, Clock clock, SessionStore store, ParticipantLists lists,
                          String stylesheet, Function<String, java.util.Optional<LibraryEntry>> cases, Chime chime,
                          PreparationFormat preparations, PreferencesService preferences) {
        this.text = text;
        this.background = background;
        this.clock = clock;
        this.store = store;
        this.lists = lists;
        this.stylesheet = stylesheet;
        this.cases = cases;
        this.chime = chime;
        this.preparations = preparations;
        this.preferences = preferences;
    }

    /** Shows the set-up for a session on {@code c}; starting it opens the session window. */
    public Stage showSetup(Case c, Window owner) {
        Stage stage = new Stage();
        var defaults = preferences.current();
        SessionSetupViewModel vm = new SessionSetupViewModel(CaseRef.of(c), LocalDate.now(clock), lists, background,
                defaults.defaultPlan(), defaults.slotSeconds());
        Parent root = new ViewLoader(text.bundle(), Map.of(SessionSetupController.class,
                (Supplier<Object>) () -> new SessionSetupController(vm, text, session -> {
                    stage.close();
                    openSession(session, c, null);
                }, stage::close, plan -> preferences.update(p -> p.withDefaultPlan(plan))))).load("session/SessionSetup.fxml");
        stage.setScene(scene(root, 1000, 760));
        stage.setTitle(text.get("session.setup.title", c.number() + ": " + c.title()));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.show();
        return stage;
    }

    /** Opens a session window for a new or reopened session; {@code file} is where it was opened from. */
    public Stage openSession(Session session, Case c, Path file) {
        SessionRunner runner = new SessionRunner(session, clock, () -> UUID.randomUUID().toString().substring(0, 8));
        SessionViewModel vm = new SessionViewModel(runner, c, text, store, background);
        vm.fileProperty().addListener((o, before, saved) -> {
            if (saved != null) {
                preferences.rememberSession(saved);
            }
        });
        vm.fileProperty().set(file);
        FloorViewModel floor = new FloorViewModel(runner, text, chime);
        PreparationViewModel prepared = new PreparationViewModel(runner, preparations, background, text);
        String label = "Case " + c.number() + ": " + c.title();
        ProjectorWindow projector = new ProjectorWindow(() -> new ProjectorViewModel(vm, floor, text), text, stylesheet, label);
        Parent root = new ViewLoader(text.bundle(), Map.of(
                SessionController.class, () -> new SessionController(vm, text, floor::refresh, projector::toggle),
                FloorController.class, () -> new FloorController(floor, text),
                BalanceController.class, () -> new BalanceController(floor, text),
                PreparationController.class, () -> new PreparationController(prepared, text))).load("session/SessionView.fxml");
        Stage stage = new Stage();
        stage.setScene(scene(root, 1280, 800));
        stage.setTitle(text.get("session.window.title", "Case " + c.number() + ": " + c.title()));
        stage.getProperties().put(SessionViewModel.class, vm);
        stage.getProperties().put(FloorViewModel.class, floor);
        stage.getProperties().put(PreparationViewModel.class, prepared);
        stage.getProperties().put(ProjectorWindow.class, projector);
        stage.show();
        return stage;
    }

    /** Opens a session file in the background and shows it, or a clear error. */
    public void open(Path file, Window owner) {
        background.run(() -> store.open(file), session -> {
            var entry = cases.apply(session.caseRef().id());
            if (entry.isEmpty()) {
                error(owner, text.get("session.caseMissing", session.caseRef().id()));
                return;
            }
            openSession(session, entry.get().value(), file);
        }, e -> error(owner, text.get("session.openFailed", e instanceof FileProblemException fpe
                ? String.join("\n", fpe.problems().stream().map(Object::toString).toList()) : String.valueOf(e.getMessage()))));
    }

    private void error(Window owner, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(text.get("error.title"));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }

    private Scene scene(Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(stylesheet);
        return scene;
    }
}
