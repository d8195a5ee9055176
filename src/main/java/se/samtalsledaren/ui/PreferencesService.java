package se.samtalsledaren.ui;

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
    private Preferences current;

    public PreferencesService(PreferencesStore store, Preferences initial, Background background,
                              Consumer<Throwable> onError) {
        this.store = store;
        this.current = initial;
        this.background = background;
        this.onError = onError;
    }

    public Preferences current() {
        return current;
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
