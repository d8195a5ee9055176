package se.samtalsledaren.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;
import se.samtalsledaren.ui.concurrent.Background;

/** Holds the current preferences and saves every change in the background. */
public final class PreferencesService {
    private final PreferencesStore store;
    private final Background background;
    private final Consumer<Throwable> onError;
    /** Read by the thread the start builds the main view on, written on the FX thread. */
    private volatile Preferences current;

    public PreferencesService(PreferencesStore store, Preferences initial, Background background,
                              Consumer<Throwable> onError) {
        this.store = store;
        this.current = initial;
        this.background = background;
        this.onError = onError;
    }

    /** The preferences file; other settings files (the survey templates) lie beside it. */
    public Path file() {
        return store.file();
    }

    public Preferences current() {
        return current;
    }

    /**
     * The recent session files that still exist, most recent first, delivered on the UI thread;
     * missing ones are pruned from the preferences (checked in the background).
     */
    public void recentSessions(Consumer<List<Path>> onReady) {
        List<String> listed = current.recentSessions();
        background.run(() -> listed.stream().filter(f -> Files.isRegularFile(Path.of(f))).toList(), existing -> {
            if (!existing.equals(listed)) {
                update(p -> p.withRecentSessions(p.recentSessions().stream().filter(f -> existing.contains(f) || !listed.contains(f)).toList()));
            }
            onReady.accept(existing.stream().map(Path::of).toList());
        }, onError);
    }

    /** Puts a session file first among the recent sessions. */
    public void rememberSession(Path file) {
        update(p -> p.withRecentSession(file.toAbsolutePath().normalize().toString()));
    }

    public void update(UnaryOperator<Preferences> change) {
        Preferences next = change.apply(current);
        if (next.equals(current)) {
            return;
        }
        current = next;
        background.run(() -> {
            store.save(next);
            return next;
        }, saved -> { }, onError);
    }
}
