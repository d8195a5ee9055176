package se.samtalsledaren.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.FileNames;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Source;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.store.CaseStore;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * State of the case editor: an editable draft of one case as properties. After every change it
 * builds the {@link Case}, validates it the way a file is validated (written with
 * {@link CaseFormat} and checked against the schema), maps each problem's JSON path to the
 * field it belongs to, and records an undo step. Saving writes the case file in the background.
 */
public final class CaseEditorViewModel {
    /** Where the editor's case would come from if it were loaded (for the preview's origin). */
    public static final String DRAFT_FILE = "utkast.json";
    /** The case id rule of the schema ({@code $defs.caseId}). */
    private static final java.util.regex.Pattern ID_PATTERN = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]{0,63}$");

    /** A problem with the draft, attached to an editor field ({@link FieldKeys}). */
    public record Problem(String field, String message) {}

    private final CaseFormat format;
    private final Messages messages;
    private final UiText text;
    private final Supplier<CaseLibrary> library;
    private final CaseStore store;
    private final Background background;
    private final BiConsumer<Path, Case> onSaved;
    private final EditHistory<Case> history;
    private final List<Commentary> commentary;

    private final StringProperty id = new SimpleStringProperty("");
    private final IntegerProperty number = new SimpleIntegerProperty(1);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty thoughtAssociation = new SimpleStringProperty("");
    private final StringProperty themes = new SimpleStringProperty("");
    private final Map<Dimension, BooleanProperty> dimensions = new EnumMap<>(Dimension.class);
    private final ObservableList<String> relatedCases = FXCollections.observableArrayList();
    private final ObservableList<EditorRows.Block> narrative = FXCollections.observableArrayList(EditorRows.Block::observables);
    private final ObservableList<EditorRows.QuestionRow> questions = FXCollections.observableArrayList(EditorRows.QuestionRow::observables);
    private final StringProperty publisher = new SimpleStringProperty("");
    private final StringProperty sourceTitle = new SimpleStringProperty("");
    private final StringProperty authors = new SimpleStringProperty("");
    private final StringProperty part = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty objectives = new SimpleStringProperty("");
    private final StringProperty openingQuestion = new SimpleStringProperty("");
    private final StringProperty fightingIssues = new SimpleStringProperty("");
    private final ObservableList<EditorRows.BoardRow> boardPlan = FXCollections.observableArrayList(EditorRows.BoardRow::observables);
    private final BooleanProperty suggestMinutes = new SimpleBooleanProperty(false);
    private final Map<Phase, IntegerProperty> minutes = new EnumMap<>(Phase.class);

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
        this.format = format;
        this.messages = messages;
        this.text = text;
        this.library = library;
        this.store = store;
        this.background = background;
        this.onSaved = onSaved;
        this.commentary = initial.commentary();
        this.file.set(file);
        this.saved.set(file == null ? null : initial);
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, new SimpleBooleanProperty(false));
        }
        for (Phase p : Phase.values()) {
            minutes.put(p, new SimpleIntegerProperty(0));
        }
        show(initial);
        this.history = new EditHistory<>(build(), clock);
        dirty = Bindings.createBooleanBinding(() -> !current.get().equals(saved.get()), current, saved);
        canSave = Bindings.createBooleanBinding(() -> problems.isEmpty() && !saving.get(), problems, saving);
        listen();
        refresh();
    }

    // ------------------------------------------------------------- factories

    /**
     * A copy of {@code original} to adapt: a fresh id ({@code <id>-kopia}), everything else the
     * same, and the attribution kept as the source with a note that this is an adaptation.
     */
    public static Case duplicateOf(Case original, Set<String> takenIds, UiText text) {
        String base = original.id().length() > FileNames.MAX_ID_LENGTH - 6
                ? original.id().substring(0, FileNames.MAX_ID_LENGTH - 6) : original.id();
        String id = FileNames.uniqueId(base + "-kopia", takenIds::contains);
        Source s = original.source();
        String adapted = text.get("editor.adaptedNote", original.number(), original.id(), s.publisher());
        Source source = new Source(s.publisher(), s.title(), s.authors(), s.part(), adapted);
        return new Case(id, original.number(), original.title(), original.thoughtAssociation(), original.narrative(),
                original.questions(), original.themes(), original.dimensions(), original.relatedCases(),
                original.commentary(), source, original.teachingNotes());
    }

    /** An empty case with a fresh id and the next free number, for writing from scratch. */
    public static Case blank(CaseLibrary library) {
        Set<String> ids = library.entries().stream().map(e -> e.value().id()).collect(Collectors.toSet());
        int next = library.entries().stream().mapToInt(e -> e.value().number()).max().orElse(0) + 1;
        return new Case(FileNames.uniqueId("nytt-case", ids::contains), Math.min(9999, Math.max(101, next)), "", "",
                List.of(new NarrativeBlock(BlockType.PARAGRAPH, "")), List.of(new Question("", 1)), List.of(), Set.of(),
                List.of(), List.of(), new Source("", "", List.of(), "", ""));
    }

    // ------------------------------------------------------------- draft <-> properties

    private void show(Case c) {
        restoring = true;
        try {
            id.set(c.id());
            number.set(c.number());
            title.set(c.title());
            thoughtAssociation.set(c.thoughtAssociation());
            themes.set(String.join(", ", c.themes()));
            dimensions.forEach((d, p) -> p.set(c.dimensions().contains(d)));
            if (!relatedCases.equals(c.relatedCases())) {
                relatedCases.setAll(c.relatedCases());
            }
            syncRows(narrative, c.narrative(), EditorRows.Block::new, EditorRows.Block::set);
            syncRows(questions, c.questions(), EditorRows.QuestionRow::new, EditorRows.QuestionRow::set);
            publisher.set(c.source().publisher());
            sourceTitle.set(c.source().title());
            authors.set(String.join(", ", c.source().authors()));
            part.set(c.source().part());
            note.set(c.source().note());
            TeachingNotes t = c.teachingNotes();
            objectives.set(String.join("\n", t.learningObjectives()));
            openingQuestion.set(t.openingQuestion());
            fightingIssues.set(String.join("\n", t.fightingIssues()));
            syncRows(boardPlan, t.boardPlan(), EditorRows.BoardRow::new, EditorRows.BoardRow::set);
            suggestMinutes.set(!t.suggestedMinutes().isEmpty());
            TimePlan defaults = TimePlan.defaultFor(90);
            minutes.forEach((p, m) -> m.set(t.suggestedMinutes().getOrDefault(p, defaults.plannedMinutes(p))));
        } finally {
            restoring = false;
        }
    }

    /** Updates rows in place (so editors keep their controls), adding or removing at the end. */
    private static <R, V> void syncRows(ObservableList<R> rows, List<V> values, Function<V, R> create, BiConsumer<R, V> set) {
        for (int i = 0; i < Math.min(rows.size(), values.size()); i++) {
            set.accept(rows.get(i), values.get(i));
        }
        if (rows.size() > values.size()) {
            rows.remove(values.size(), rows.size());
        } else {
            List<R> added = new ArrayList<>();
            for (int i = rows.size(); i < values.size(); i++) {
                added.add(create.apply(values.get(i)));
            }
            rows.addAll(added);
        }
    }

    /** The case as the fields now describe it (it may be invalid; {@link #problems()} says why). */
    private Case build() {
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        dimensions.forEach((d, p) -> {
            if (p.get()) {
                dims.add(d);
            }
        });
        Map<Phase, Integer> suggested = new EnumMap<>(Phase.class);
        if (suggestMinutes.get()) {
            minutes.forEach((p, m) -> suggested.put(p, Math.max(0, Math.min(TeachingNotes.MAX_MINUTES, m.get()))));
        }
        TeachingNotes notes = new TeachingNotes(lines(objectives.get()), nonNull(openingQuestion.get()).strip(),
                lines(fightingIssues.get()), boardPlan.stream().map(EditorRows.BoardRow::value).toList(), suggested);
        return new Case(nonNull(id.get()).strip(), number.get(), nonNull(title.get()).strip(),
                nonNull(thoughtAssociation.get()).strip(),
                narrative.stream().map(b -> new NarrativeBlock(b.value().type(), b.value().text().strip())).toList(),
                questions.stream().map(q -> new Question(q.value().text().strip(), q.value().step())).toList(),
                commaList(themes.get()), dims, List.copyOf(relatedCases), commentary,
                new Source(nonNull(publisher.get()).strip(), nonNull(sourceTitle.get()).strip(), commaList(authors.get()),
                        nonNull(part.get()).strip(), nonNull(note.get()).strip()), notes);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Non-blank lines, stripped. */
    static List<String> lines(String s) {
        return Arrays.stream(nonNull(s).split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Comma-separated, stripped, non-blank. */
    static List<String> commaList(String s) {
        return Arrays.stream(nonNull(s).split(",")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    // ------------------------------------------------------------- change tracking

    private void listen() {
        watch(FieldKeys.ID, id);
        watch(FieldKeys.NUMBER, number);
        watch(FieldKeys.TITLE, title);
        watch(FieldKeys.THOUGHT, thoughtAssociation);
        watch(FieldKeys.THEMES, themes);
        dimensions.values().forEach(p -> watch(null, p));
        relatedCases.addListener((ListChangeListener<String>) c -> changed(null));
        watchRows(narrative, FieldKeys.NARRATIVE);
        watchRows(questions, FieldKeys.QUESTIONS);
        watch(FieldKeys.SOURCE_PUBLISHER, publisher);
        watch(FieldKeys.SOURCE_TITLE, sourceTitle);
        watch(FieldKeys.SOURCE_AUTHORS, authors);
        watch(FieldKeys.SOURCE_PART, part);
        watch(FieldKeys.SOURCE_NOTE, note);
        watch(FieldKeys.OBJECTIVES, objectives);
        watch(FieldKeys.OPENING, openingQuestion);
        watch(FieldKeys.FIGHTING, fightingIssues);
        watchRows(boardPlan, FieldKeys.BOARD);
        watch(null, suggestMinutes);
        minutes.forEach((p, m) -> watch(FieldKeys.MINUTES + "." + p.key(), m));
    }

    private void watch(String key, ObservableValue<?> value) {
        value.addListener((o, a, b) -> changed(key));
    }

    private <R> void watchRows(ObservableList<R> rows, String prefix) {
        rows.addListener((ListChangeListener<R>) c -> {
            String key = null;
            while (c.next()) {
                boolean onlyUpdate = c.wasUpdated() && !c.wasAdded() && !c.wasRemoved() && !c.wasPermutated();
                key = onlyUpdate && c.getTo() - c.getFrom() == 1 ? prefix + "[" + c.getFrom() + "]" : null;
            }
            changed(key);
        });
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
        validate(c);
        return c;
    }

    private void validate(Case c) {
        List<Problem> found = new ArrayList<>();
        String name = file.get() == null ? DRAFT_FILE : file.get().getFileName().toString();
        try {
            format.read(name, format.write(c));
        } catch (FileProblemException e) {
            for (FileProblem p : e.problems()) {
                found.add(new Problem(FieldKeys.of(p.field()), p.message()));
            }
        }
        if (!ID_PATTERN.matcher(c.id()).matches()) {
            found.removeIf(p -> p.field().equals(FieldKeys.ID));
            found.add(0, new Problem(FieldKeys.ID, text.get("editor.idRule")));
        }
        if (c.themes().size() != new java.util.HashSet<>(c.themes()).size()) {
            found.removeIf(p -> p.field().equals(FieldKeys.THEMES));
            found.add(new Problem(FieldKeys.THEMES, text.get("editor.themeTwice")));
        }
        idInUse(c.id()).ifPresent(where -> found.add(new Problem(FieldKeys.ID, messages.get("duplicateId", c.id(), where))));
        if (c.relatedCases().contains(c.id())) {
            found.add(new Problem(FieldKeys.RELATED, text.get("editor.relatedSelf")));
        }
        problems.setAll(found);
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem p : found) {
            byField.merge(p.field(), p.message(), (a, b) -> a.equals(b) ? a : a + "\n" + b);
        }
        problemsByField.keySet().retainAll(byField.keySet());
        problemsByField.putAll(byField);
    }

    /** Where another case with this id is loaded from, unless it is the file being edited. */
    private java.util.Optional<String> idInUse(String caseId) {
        Path f = file.get();
        return library.get().entries().stream()
                .filter(e -> e.value().id().equals(caseId))
                .filter(e -> f == null || e.bundled() || !sameFile(Path.of(e.origin()).resolve(e.file()), f))
                .map(e -> e.bundled() ? e.file() : Path.of(e.origin()).resolve(e.file()).toString())
                .findFirst();
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
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

    // ------------------------------------------------------------- list editing

    public EditorRows.Block addBlock(BlockType type, int index) {
        EditorRows.Block b = new EditorRows.Block(new NarrativeBlock(type, ""));
        narrative.add(Math.max(0, Math.min(narrative.size(), index)), b);
        return b;
    }

    public EditorRows.QuestionRow addQuestion(int step) {
        EditorRows.QuestionRow q = new EditorRows.QuestionRow(new Question("", step));
        questions.add(q);
        return q;
    }

    public EditorRows.BoardRow addBoardArea() {
        EditorRows.BoardRow b = new EditorRows.BoardRow(new TeachingNotes.BoardArea("", ""));
        boardPlan.add(b);
        return b;
    }

    /** Moves a row of one of the editor's lists by {@code delta} places. */
    public static <R> void move(ObservableList<R> rows, R row, int delta) {
        int i = rows.indexOf(row);
        int j = Math.max(0, Math.min(rows.size() - 1, i + delta));
        if (i >= 0 && i != j) {
            List<R> copy = new ArrayList<>(rows);
            copy.remove(i);
            copy.add(j, row);
            rows.setAll(copy);
        }
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

    private void write(java.util.concurrent.Callable<Path> where) {
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

    // ------------------------------------------------------------- properties

    public StringProperty idProperty() {
        return id;
    }

    public IntegerProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty thoughtAssociationProperty() {
        return thoughtAssociation;
    }

    public StringProperty themesProperty() {
        return themes;
    }

    public BooleanProperty dimensionProperty(Dimension d) {
        return dimensions.get(d);
    }

    public ObservableList<String> relatedCases() {
        return relatedCases;
    }

    public ObservableList<EditorRows.Block> narrative() {
        return narrative;
    }

    public ObservableList<EditorRows.QuestionRow> questions() {
        return questions;
    }

    public StringProperty publisherProperty() {
        return publisher;
    }

    public StringProperty sourceTitleProperty() {
        return sourceTitle;
    }

    public StringProperty authorsProperty() {
        return authors;
    }

    public StringProperty partProperty() {
        return part;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty objectivesProperty() {
        return objectives;
    }

    public StringProperty openingQuestionProperty() {
        return openingQuestion;
    }

    public StringProperty fightingIssuesProperty() {
        return fightingIssues;
    }

    public ObservableList<EditorRows.BoardRow> boardPlan() {
        return boardPlan;
    }

    public BooleanProperty suggestMinutesProperty() {
        return suggestMinutes;
    }

    public IntegerProperty minutesProperty(Phase p) {
        return minutes.get(p);
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
