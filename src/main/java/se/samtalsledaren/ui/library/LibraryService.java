package se.samtalsledaren.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The library folders (kept in the preferences) and reloading the library off the FX thread
 * after anything changed on disk: a folder added or removed, a case saved, a library imported.
 */
public final class LibraryService {
    private final Function<List<Path>, CaseLibrary> loader;
    private final PreferencesService preferences;
    private final Background background;
    private final LibraryViewModel libraryVm;
    private final Consumer<Throwable> onError;

    public LibraryService(Function<List<Path>, CaseLibrary> loader, PreferencesService preferences, Background background,
                          LibraryViewModel libraryVm, Consumer<Throwable> onError) {
        this.loader = loader;
        this.preferences = preferences;
        this.background = background;
        this.libraryVm = libraryVm;
        this.onError = onError;
    }

    /** The library as now shown. */
    public CaseLibrary current() {
        return libraryVm.libraryProperty().get();
    }

    /** The library as now shown, to follow reloads (a case saved or imported elsewhere). */
    public javafx.beans.value.ObservableValue<CaseLibrary> shown() {
        return libraryVm.libraryProperty();
    }

    /** The extra library folders, in the order they are loaded. */
    public List<Path> folders() {
        return preferences.current().libraryFolders().stream().map(Path::of).toList();
    }

    /** Whether {@code folder} is one of the library folders. */
    public boolean isFolder(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return folders().stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(f));
    }

    /** Adds a folder (if new) and reloads; {@code then} gets the reloaded library. */
    public void addFolder(Path folder, Consumer<CaseLibrary> then) {
        if (!isFolder(folder)) {
            List<String> next = new ArrayList<>(preferences.current().libraryFolders());
            next.add(folder.toAbsolutePath().normalize().toString());
            preferences.update(p -> p.withLibraryFolders(next));
        }
        reload(then);
    }

    /** Removes a folder from the library (its files stay on disk) and reloads. */
    public void removeFolder(String folder, Consumer<CaseLibrary> then) {
        List<String> next = new ArrayList<>(preferences.current().libraryFolders());
        next.remove(folder);
        preferences.update(p -> p.withLibraryFolders(next));
        reload(then);
    }

    /** Loads the library again in the background and shows it, keeping the selection. */
    public void reload(Consumer<CaseLibrary> then) {
        List<Path> folders = folders();
        background.run(() -> loader.apply(folders).indexed(), lib -> {
            libraryVm.setLibrary(lib);
            then.accept(lib);
        }, onError);
    }
}
