package se.samtalsledaren.ui.library;

import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The list of library folders in the "Biblioteksmappar" dialog: add and remove, saved at once. */
public final class LibraryFoldersViewModel {
    private final LibraryService service;
    private final ObservableList<String> folders = FXCollections.observableArrayList();

    public LibraryFoldersViewModel(LibraryService service) {
        this.service = service;
        refresh();
    }

    private void refresh() {
        folders.setAll(service.folders().stream().map(Path::toString).toList());
    }

    /** Adds a folder to the library (saved in the preferences) and reloads the library. */
    public void add(Path folder) {
        service.addFolder(folder, lib -> refresh());
        refresh();
    }

    /** Removes a folder from the library; its files stay where they are. */
    public void remove(String folder) {
        service.removeFolder(folder, lib -> refresh());
        refresh();
    }

    public ObservableList<String> folders() {
        return folders;
    }
}
