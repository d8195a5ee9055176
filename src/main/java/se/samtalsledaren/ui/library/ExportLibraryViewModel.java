package se.samtalsledaren.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.library.LibraryArchive;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.store.AtomicFiles;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The "export library" form: which cases go into the library file and its manifest (title,
 * author, version, licence). Writing happens in the background.
 */
public final class ExportLibraryViewModel {
    /** A case that can be ticked for export. */
    public static final class Row {
        private final LibraryEntry entry;
        private final BooleanProperty selected;

        Row(LibraryEntry entry, boolean selected) {
            this.entry = entry;
            this.selected = new SimpleBooleanProperty(selected);
        }

        public LibraryEntry entry() {
            return entry;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }
    }

    private final LibraryArchive archive;
    private final Background background;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty("1.0");
    private final StringProperty licence = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {r.selected});
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding valid;

    /** Cases from library folders are ticked to begin with; bundled ones can be added. */
    public ExportLibraryViewModel(List<LibraryEntry> entries, LibraryArchive archive, Background background) {
        this.archive = archive;
        this.background = background;
        entries.forEach(e -> rows.add(new Row(e, !e.bundled())));
        valid = Bindings.createBooleanBinding(() -> !title.get().isBlank() && !author.get().isBlank()
                && !version.get().isBlank() && !licence.get().isBlank() && selectedCount() > 0
                && selectedCount() < LibraryArchive.MAX_ENTRIES && !exporting.get(),
                title, author, version, licence, rows, exporting);
    }

    public int selectedCount() {
        return (int) rows.stream().filter(r -> r.selected.get()).count();
    }

    public void selectAll(boolean selected) {
        rows.forEach(r -> r.selected.set(selected));
    }

    /** Writes the library file to {@code file} in the background. */
    public void export(Path file, Consumer<Path> onDone, Consumer<Throwable> onError) {
        if (!valid.get()) {
            return;
        }
        LibraryArchive.Details details = new LibraryArchive.Details(title.get().strip(), author.get().strip(),
                version.get().strip(), licence.get().strip());
        List<LibraryEntry> chosen = rows.stream().filter(r -> r.selected.get()).map(Row::entry).toList();
        exporting.set(true);
        background.run(() -> {
            AtomicFiles.writeShared(file, archive.export(details, chosen));
            return file;
        }, f -> {
            exporting.set(false);
            onDone.accept(f);
        }, e -> {
            exporting.set(false);
            onError.accept(e);
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty licenceProperty() {
        return licence;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
