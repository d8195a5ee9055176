package se.samtalsledaren.ui.workshops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.WorkshopScan;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.ui.PreferencesService;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The trainer's record of workshops (Arkiv → Mina workshoppar): the sessions found in the recent
 * files and the chosen folders, read in the background with progress, filtered by case and year;
 * the folders are kept in the preferences. A new scan supersedes one still running.
 */
public final class WorkshopsViewModel {
    private final UiText text;
    private final Background background;
    private final WorkshopScan scan;
    private final PreferencesService preferences;
    private final Consumer<Runnable> onUi;

    private final ObservableList<WorkshopScan.Entry> all = FXCollections.observableArrayList();
    private final FilteredList<WorkshopScan.Entry> shown = new FilteredList<>(all, e -> true);
    private final ObservableList<WorkshopScan.Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<CaseRef> cases = FXCollections.observableArrayList();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<String> folders = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRef> caseFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final AtomicInteger generation = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** @param onUi runs progress updates of the background scan on the UI thread */
    public WorkshopsViewModel(UiText text, Background background, WorkshopScan scan, PreferencesService preferences,
                              Consumer<Runnable> onUi) {
        this.text = text;
        this.background = background;
        this.scan = scan;
        this.preferences = preferences;
        this.onUi = onUi;
        folders.setAll(preferences.current().workshopFolders());
        caseFilter.addListener((o, a, b) -> filter());
        yearFilter.addListener((o, a, b) -> filter());
    }

    /** Reads the recent sessions and the folders again. */
    public void rescan() {
        int mine = generation.incrementAndGet();
        List<Path> recent = preferences.current().recentSessions().stream().map(Path::of).toList();
        List<Path> dirs = folders.stream().map(Path::of).toList();
        scanning.set(true);
        progress.set(-1);
        status.set(text.get("workshops.scanning", 0, "…"));
        AtomicInteger shownPercent = new AtomicInteger(-1);
        background.run(() -> scan.scan(recent, dirs, (done, total) -> {
            // At most one update per percent reaches the UI thread, however many files there are.
            int percent = total == 0 ? 100 : done * 100 / total;
            if (shownPercent.getAndSet(percent) != percent) {
                onUi.accept(() -> {
                    if (generation.get() == mine) {
                        progress.set((double) done / Math.max(1, total));
                        status.set(text.get("workshops.scanning", done, total));
                    }
                });
            }
        }, () -> closed.get() || generation.get() != mine), result -> {
            if (generation.get() != mine) {
                return;
            }
            scanning.set(false);
            progress.set(1);
            CaseRef keepCase = caseFilter.get();
            Integer keepYear = yearFilter.get();
            all.setAll(result.entries());
            problems.setAll(result.problems());
            cases.setAll(result.cases());
            years.setAll(result.years());
            caseFilter.set(keepCase != null && cases.contains(keepCase) ? keepCase : null);
            yearFilter.set(keepYear != null && years.contains(keepYear) ? keepYear : null);
            filter();
        }, e -> {
            if (generation.get() == mine) {
                scanning.set(false);
                status.set(text.get("workshops.scanFailed", String.valueOf(e.getMessage())));
            }
        });
    }

    /** Stops a running scan (the window closed). */
    public void close() {
        closed.set(true);
    }

    private void filter() {
        CaseRef c = caseFilter.get();
        Integer y = yearFilter.get();
        shown.setPredicate(e -> (c == null || e.caseRef().equals(c)) && (y == null || e.date().getYear() == y));
        if (!scanning.get()) {
            status.set(text.get("workshops.count", all.size(), shown.size(), problems.size()));
        }
    }

    /** Adds a folder to read (kept in the preferences) and reads again. */
    public void addFolder(Path folder) {
        String f = folder.toAbsolutePath().normalize().toString();
        if (!folders.contains(f)) {
            folders.add(f);
            saveFolders();
            rescan();
        }
    }

    /** Stops reading a folder (its files are left alone) and reads again. */
    public void removeFolder(String folder) {
        if (folders.remove(folder)) {
            saveFolders();
            rescan();
        }
    }

    private void saveFolders() {
        List<String> list = new ArrayList<>(folders);
        preferences.update(p -> p.withWorkshopFolders(list));
    }

    /**
     * Why {@code chosen} cannot be compared, or empty when it can: 2–12 sessions, all of one case.
     */
    public Optional<String> whyNotCompare(List<WorkshopScan.Entry> chosen) {
        if (chosen.size() < Comparison.MIN_SESSIONS || chosen.size() > Comparison.MAX_SESSIONS) {
            return Optional.of(text.get("workshops.compareCount", chosen.size()));
        }
        List<CaseRef> distinct = chosen.stream().map(WorkshopScan.Entry::caseRef).distinct().toList();
        if (distinct.size() > 1) {
            return Optional.of(text.get("workshops.compareCases", String.join(", ",
                    distinct.stream().map(c -> text.get("compare.caseLabel", c.number(), c.title())).toList())));
        }
        return Optional.empty();
    }

    /** The entries shown, after the filters. */
    public ObservableList<WorkshopScan.Entry> entries() {
        return shown;
    }

    public ObservableList<WorkshopScan.Problem> problems() {
        return problems;
    }

    /** The cases the sessions found are on, by number (the case filter's choices). */
    public ObservableList<CaseRef> cases() {
        return cases;
    }

    /** The years of the sessions found, newest first (the year filter's choices). */
    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<String> folders() {
        return folders;
    }

    /** The case shown, or null for all. */
    public ObjectProperty<CaseRef> caseFilterProperty() {
        return caseFilter;
    }

    /** The year shown, or null for all. */
    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ReadOnlyBooleanProperty scanningProperty() {
        return scanning.getReadOnlyProperty();
    }

    /** Share of the files read, 0–1, or -1 before the files are counted. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
