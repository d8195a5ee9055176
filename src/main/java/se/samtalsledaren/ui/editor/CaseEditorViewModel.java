package se.samtalsledaren.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.FileNames;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * State of the case editor: an editable draft of one case, held in its parts ({@link #fields()},
 * {@link #narrative()}, {@link #questions()}, {@link #teaching()}). After every change in any
 * part it builds the {@link Case}, validates it ({@link DraftValidation}), maps each problem to
 * its field and records an undo step. Saving writes the case file in the background.
 */
public final class CaseEditorViewModel {
    /** Where the editor's case would come from if it were loaded (for the preview's origin). */
    public static final String DRAFT_FILE = "utkast.json";

    /** A problem with the draft, attached to an editor field ({@link FieldKeys}). */
    public record Problem(String field, String message) {}

    private final UiText text;
    private final CaseStore store;
    private final Background background;
    private final BiConsumer<Path, Case> onSaved;
    private final DraftValidation validation;
    private final EditHistory<Case> history;
    private final List<Commentary> commentary;

    private final CaseFieldsViewModel fields = new CaseFieldsViewModel();
    private final NarrativeViewModel narrative = new NarrativeViewModel();
    private final QuestionsViewModel questions = new QuestionsViewModel();
    private final TeachingNotesViewModel teaching = new TeachingNotesViewModel();
    private final List<DraftPart> parts = List.of(fields, narrative, questions, teaching);

    private final ReadOnlyObjectWrapper<Case> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LibraryEntry> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, String> problemsByField = FXCollections.observableHashMap();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Case> saved = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private boolean restoring;

    /**
     * @param initial the case to edit (a copy, a new case or one from a writable folder)
     * @param file    the file it is edited in, or null when it has not been saved yet
     */
    public CaseEditorViewModel(Case initial, Path file, CaseFormat format, Messages messages, UiText text,
                               Supplier<CaseLibrary> library, CaseStore store, Background background, Clock clock,
                               BiConsumer<Path, Case> onSaved) {
        this.text = text;
        this.store = store;
        this.background = background;
        this.onSaved = onSaved;
        this.validation = new DraftValidation(format, messages, text, library);
        this.commentary = initial.commentary();
        this.file.set(file);
        this.saved.set(file == null ? null : initial);
        show(initial);
        this.history = new EditHistory<>(build(), clock);
        dirty = Bindings.createBooleanBinding(() -> !current.get().equals(saved.get()), current, saved);
        canSave = Bindings.createBooleanBinding(() -> problems.isEmpty() && !saving.get(), problems, saving);
        parts.forEach(p -> p.onChange(this::changed));
        refresh();
    }

    // ------------------------------------------------------------- draft <-> parts

    private void show(Case c) {
        restoring = true;
        try {
            parts.forEach(p -> p.show(c));
        } finally {
            restoring = false;
        }
    }

    /** The case as the parts now describe it (it may be invalid; {@link #problems()} says why). */
    private Case build() {
        return fields.build(narrative.value(), questions.value(), commentary, teaching.value());
    }

    private void changed(String key) {
        if (restoring) {
            return;
        }
        Case c = refresh();
        history.record(key, c);
        updateUndo();
    }

    /** Rebuilds the case, validates it and updates the preview. */
    private Case refresh() {
        Case c = build();
        current.set(c);
        Path f = file.get();
        preview.set(new LibraryEntry(c, f == null ? LibraryEntry.UNSAVED : String.valueOf(f.getParent()),
                f == null ? DRAFT_FILE : f.getFileName().toString(), false));
        List<Problem> found = validation.check(c, f);
        problems.setAll(found);
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem p : found) {
            byField.merge(p.field(), p.message(), (a, b) -> a.equals(b) ? a : a + "\n" + b);
        }
        problemsByField.keySet().retainAll(byField.keySet());
        problemsByField.putAll(byField);
        return c;
    }

    // ------------------------------------------------------------- undo / redo

    public void undo() {
        history.undo().ifPresent(this::restore);
    }

    public void redo() {
        history.redo().ifPresent(this::restore);
    }

    /** Ends a typing burst (e.g. when focus leaves a field). */
    public void boundary() {
        history.boundary();
    }

    private void restore(Case c) {
        show(c);
        refresh();
        updateUndo();
    }

    private void updateUndo() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    // ------------------------------------------------------------- saving

    /**
     * Saves in the background: into the file being edited, or (for a case not saved yet) into
     * {@code folderForNew} as {@code <id>.json}, never over an existing file.
     */
    public void save(Path folderForNew) {
        Path target = file.get();
        if (target == null && folderForNew == null) {
            throw new IllegalStateException("a new case needs a folder");
        }
        write(() -> target != null ? target : freeFile(folderForNew, current.get().id()));
    }

    /** Saves into {@code target} (the user chose it and confirmed replacing it). */
    public void saveAs(Path target) {
        write(() -> target);
    }

    private static Path freeFile(Path folder, String caseId) {
        String name = FileNames.unique(caseId + ".json",
                n -> n.equals(CaseLibraryLoader.SCHEMA_FILE) || Files.exists(folder.resolve(n)));
        return folder.resolve(name);
    }

    private void write(Callable<Path> where) {
        if (!problems.isEmpty() || saving.get()) {
            return;
        }
        Case c = current.get();
        saving.set(true);
        background.run(() -> {
            Path target = where.call();
            store.save(target, c);
            return target;
        }, target -> {
            saving.set(false);
            file.set(target);
            saved.set(c);
            refresh();
            status.set(text.get("editor.saved", target.toString()));
            onSaved.accept(target, c);
        }, e -> {
            saving.set(false);
            status.set(text.get("editor.saveFailed", e.getClass().getSimpleName() + ": " + e.getMessage()));
        });
    }

    // ------------------------------------------------------------- parts and state

    /** Id, number, title, Tankeassociation, themes, dimensions, related cases and source. */
    public CaseFieldsViewModel fields() {
        return fields;
    }

    public NarrativeViewModel narrative() {
        return narrative;
    }

    public QuestionsViewModel questions() {
        return questions;
    }

    public TeachingNotesViewModel teaching() {
        return teaching;
    }

    /** The case as edited right now. */
    public ReadOnlyObjectProperty<Case> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The draft as a library entry, for the reader used as live preview. */
    public ReadOnlyObjectProperty<LibraryEntry> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Problems by field key ({@link FieldKeys}); several messages for one field are joined by newlines. */
    public ObservableMap<String, String> problemsByField() {
        return problemsByField;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Whether the case differs from the file it was last saved to (always true before a first save). */
    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Whether saving is possible now: no problems and no save running. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }
}
