package se.samtalsledaren.ui.preferences;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.store.Preferences;

/** The preferences dialog's editable copy of the preferences; nothing changes until {@link #result()} is applied. */
public final class PreferencesViewModel {
    private final Preferences initial;
    private final ObjectProperty<String> language = new SimpleObjectProperty<>();
    private final IntegerProperty zoomPercent = new SimpleIntegerProperty();
    private final IntegerProperty slotSeconds = new SimpleIntegerProperty();
    private final IntegerProperty totalMinutes = new SimpleIntegerProperty();
    private final IntegerProperty roomPort = new SimpleIntegerProperty();
    private final ObservableList<String> folders = FXCollections.observableArrayList();

    public PreferencesViewModel(Preferences initial) {
        this.initial = initial;
        language.set(initial.language());
        zoomPercent.set((int) Math.round(initial.zoom() * 100));
        slotSeconds.set(initial.slotSeconds());
        totalMinutes.set(initial.totalMinutes());
        roomPort.set(initial.roomPort());
        folders.setAll(initial.libraryFolders());
    }

    /** Adds a library folder (once). */
    public void addFolder(String folder) {
        if (folder != null && !folder.isBlank() && !folders.contains(folder)) {
            folders.add(folder);
        }
    }

    public void removeFolder(String folder) {
        folders.remove(folder);
    }

    /** The preferences as edited; the window bounds and the recent sessions are kept as they were. */
    public Preferences result() {
        return initial.withLanguage(language.get()).withZoom(zoomPercent.get() / 100.0).withSlotSeconds(slotSeconds.get())
                .withTotalMinutes(totalMinutes.get()).withLibraryFolders(folders).withRoomPort(roomPort.get());
    }

    /** Whether the user has a plan of their own (minutes per phase) for the default length. */
    public boolean ownPlan() {
        return !initial.planMinutes().isEmpty();
    }

    public Preferences initial() {
        return initial;
    }

    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public IntegerProperty zoomPercentProperty() {
        return zoomPercent;
    }

    public IntegerProperty slotSecondsProperty() {
        return slotSeconds;
    }

    public IntegerProperty totalMinutesProperty() {
        return totalMinutes;
    }

    /** The room's port; 0 for a free one. */
    public IntegerProperty roomPortProperty() {
        return roomPort;
    }

    public ObservableList<String> folders() {
        return folders;
    }
}
