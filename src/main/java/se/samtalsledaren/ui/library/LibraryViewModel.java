package se.samtalsledaren.ui.library;

import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseSearch;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Dimension;

/**
 * State of the library view: the search text and filters, the matching cases and the selected
 * case. Knows nothing of controls.
 */
public final class LibraryViewModel {
    private final ReadOnlyObjectWrapper<CaseLibrary> library = new ReadOnlyObjectWrapper<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    /** The theme to filter by; empty string for all themes. */
    private final StringProperty themeFilter = new SimpleStringProperty("");
    /** The dimension to filter by; null for all. */
    private final ObjectProperty<Dimension> dimensionFilter = new SimpleObjectProperty<>();
    private final ObservableList<LibraryEntry> results = FXCollections.observableArrayList();
    private final ObservableList<String> themes = FXCollections.observableArrayList();
    private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryEntry> selected = new SimpleObjectProperty<>();
    /** The shown library's search; null until a library is shown. */
    private CaseSearch search;

    public LibraryViewModel() {
        searchText.addListener((o, a, b) -> refresh());
        themeFilter.addListener((o, a, b) -> refresh());
        dimensionFilter.addListener((o, a, b) -> refresh());
    }

    /**
     * Shows a (newly loaded) library; keeps the selection when the case is still there. Fast when
     * the library was {@linkplain CaseLibrary#indexed() indexed} off the FX thread.
     */
    public void setLibrary(CaseLibrary lib) {
        library.set(lib);
        search = lib.search();
        themes.setAll(lib.themes());
        problems.setAll(lib.problems());
        if (!themes.contains(themeFilter.get())) {
            themeFilter.set("");
        }
        refresh();
        LibraryEntry current = selected.get();
        if (current != null) {
            selected.set(lib.byId(current.value().id()).orElse(null));
        }
    }

    private void refresh() {
        if (search == null) {
            return;
        }
        CaseSearch.Query q = new CaseSearch.Query(searchText.get(),
                themeFilter.get() == null || themeFilter.get().isEmpty() ? Optional.empty() : Optional.of(themeFilter.get()),
                Optional.ofNullable(dimensionFilter.get()));
        results.setAll(search.find(q));
    }

    /** Selects the next case in the result list (wraps at neither end). */
    public void selectNext() {
        move(1);
    }

    public void selectPrevious() {
        move(-1);
    }

    private void move(int delta) {
        if (results.isEmpty()) {
            return;
        }
        int i = results.indexOf(selected.get());
        int next = i < 0 ? (delta > 0 ? 0 : results.size() - 1) : Math.max(0, Math.min(results.size() - 1, i + delta));
        selected.set(results.get(next));
    }

    /** Selects a case by id, clearing filters if they hide it. Returns whether it exists. */
    public boolean selectById(String id) {
        CaseLibrary lib = library.get();
        if (lib == null) {
            return false;
        }
        Optional<LibraryEntry> entry = lib.byId(id);
        if (entry.isEmpty()) {
            return false;
        }
        if (!results.contains(entry.get())) {
            clearFilters();
        }
        selected.set(entry.get());
        return true;
    }

    public void clearFilters() {
        searchText.set("");
        themeFilter.set("");
        dimensionFilter.set(null);
    }

    public int totalCount() {
        return library.get() == null ? 0 : library.get().entries().size();
    }

    public ReadOnlyObjectProperty<CaseLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public StringProperty themeFilterProperty() {
        return themeFilter;
    }

    public ObjectProperty<Dimension> dimensionFilterProperty() {
        return dimensionFilter;
    }

    public ObservableList<LibraryEntry> results() {
        return results;
    }

    public ObservableList<String> themes() {
        return themes;
    }

    public ObservableList<FileProblem> problems() {
        return problems;
    }

    public ObjectProperty<LibraryEntry> selectedProperty() {
        return selected;
    }
}
