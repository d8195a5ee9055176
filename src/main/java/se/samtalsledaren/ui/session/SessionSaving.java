package se.samtalsledaren.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.Autosave;
import se.samtalsledaren.store.Recovery;
import se.samtalsledaren.store.SessionLocks;
import se.samtalsledaren.store.SessionStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.autosave.AutosaveViewModel;

/**
 * How one session window keeps its session safe: an {@link Autosave} that follows every change
 * and the window's file, "unsaved changes" cleared when the file holds the latest state, the time
 * of the last save as the window's status line, and the end of the autosave when the window goes.
 */
final class SessionSaving {
    private final Autosave autosave;
    private final AutosaveViewModel model;
    private final SessionViewModel vm;

    private SessionSaving(Autosave autosave, AutosaveViewModel model, SessionViewModel vm) {
        this.autosave = autosave;
        this.model = model;
        this.vm = vm;
    }

    /**
     * Starts saving {@code runner}'s session, opened from {@code file} (null: not yet in a file).
     * {@code fileLock} is the lock already taken on the file; {@code slot} a recovery slot already
     * taken over (restoring after a crash).
     */
    static SessionSaving attach(SessionRunner runner, SessionViewModel vm, UiText text, SessionStore store,
                                SessionWindows.Durability durability, Clock clock, Path file,
                                SessionLocks.Held fileLock, Recovery.Slot slot) {
        AutosaveViewModel model = new AutosaveViewModel(text, durability.ui(), durability.zone());
        Autosave autosave = new Autosave(store, durability.recovery(), durability.locks(), durability.scheduler(), clock,
                runner.session().id(), file, fileLock, slot, model);
        model.attach(autosave);
        runner.addListener(() -> autosave.changed(runner.session()));
        vm.fileProperty().addListener((o, a, f) -> autosave.setFile(f));
        model.savedToFileProperty().addListener((o, a, saved) -> {
            if (saved == runner.session() && vm.fileProperty().get() != null) {
                vm.dirtyProperty().set(false);
            }
        });
        model.lastSavedProperty().addListener((o, a, t) -> vm.statusProperty().set(t));
        return new SessionSaving(autosave, model, vm);
    }

    Autosave autosave() {
        return autosave;
    }

    /** The save-problem banner's view model. */
    AutosaveViewModel model() {
        return model;
    }

    /**
     * Ends the autosave when {@code stage} is hidden, then runs {@code closed}. Closing with unsaved
     * changes asks first (SessionController's close handler, which must be installed already);
     * when the window then closes still dirty, the user chose to drop them. Any other end
     * (quitting the app) keeps them. Should the controller's handler be replaced later, this errs
     * on keeping.
     */
    void endWith(Stage stage, Runnable closed) {
        boolean[] closeRequested = {false};
        EventHandler<WindowEvent> asks = stage.getOnCloseRequest();
        stage.setOnCloseRequest(e -> {
            if (asks != null) {
                asks.handle(e);
            }
            closeRequested[0] = !e.isConsumed();
        });
        stage.setOnHidden(e -> {
            closed.run();
            if (closeRequested[0] && vm.dirtyProperty().get()) {
                autosave.discard();
            } else {
                autosave.close();
            }
        });
    }
}
