package se.samtalsledaren.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.store.Preferences;
import se.samtalsledaren.store.PreferencesStore;

/**
 * What the start reads from disk: the preferences, then the case library in their language and
 * with their folders, indexed for search. Runs on a daemon thread of its own, so it can begin
 * before the JavaFX toolkit is up and never runs on the FX thread.
 */
final class StartupLoad {
    private final AppDirectories directories;
    private final CompletableFuture<PreferencesStore> preferencesStore = new CompletableFuture<>();
    private final CompletableFuture<Preferences> preferences = new CompletableFuture<>();
    private final CompletableFuture<CaseLibrary> library = new CompletableFuture<>();

    private StartupLoad(AppDirectories directories) {
        this.directories = directories;
    }

    /** Starts reading preferences and library on a new daemon thread. */
    static StartupLoad begin(AppDirectories directories) {
        StartupLoad load = new StartupLoad(directories);
        onThreadOfItsOwn("library-loader", () -> {
            load.run();
            return null;
        });
        return load;
    }

    /**
     * Makes the preferences store (its JSON mapper: some 90 ms of a start, which the toolkit's
     * start no longer waits for in {@code main}), reads the preferences, then the library.
     */
    private void run() {
        Preferences prefs;
        try {
            PreferencesStore store = new PreferencesStore(directories);
            preferencesStore.complete(store);
            prefs = store.load();
        } catch (RuntimeException | Error e) {
            preferencesStore.completeExceptionally(e);
            preferences.completeExceptionally(e);
            library.completeExceptionally(e);
            return;
        }
        preferences.complete(prefs);
        try {
            library.complete(load(prefs));
        } catch (RuntimeException | Error e) {
            library.completeExceptionally(e);
        }
    }

    /**
     * The library in the language and with the folders of {@code prefs}, indexed for search (so
     * the FX thread, which shows it, does not build the index).
     */
    static CaseLibrary load(Preferences prefs) {
        return loader(new Messages(UiText.localeOf(prefs.language())))
                .load(prefs.libraryFolders().stream().map(Path::of).toList()).indexed();
    }

    /** A case library loader whose problems are told in {@code messages}' language. */
    static CaseLibraryLoader loader(Messages messages) {
        return new CaseLibraryLoader(new CaseFormat(messages), messages);
    }

    AppDirectories directories() {
        return directories;
    }

    /** The preferences store; waits for it to be made. */
    PreferencesStore preferencesStore() {
        return join(preferencesStore);
    }

    /** The preferences; waits for them to be read. */
    Preferences preferences() {
        return join(preferences);
    }

    /** The library; waits for it to be loaded. */
    CaseLibrary library() {
        return join(library);
    }

    /** {@code work}'s result, worked out on a new daemon thread named {@code name}. */
    static <T> CompletableFuture<T> onThreadOfItsOwn(String name, java.util.function.Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The value, or what went wrong in the loading thread, thrown as it was thrown there. */
    static <T> T join(CompletableFuture<T> value) {
        try {
            return value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
