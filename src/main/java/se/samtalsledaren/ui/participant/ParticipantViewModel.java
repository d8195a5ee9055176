package se.samtalsledaren.ui.participant;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * State of participant mode: one person preparing a case alone — the case, their name, role and
 * anonymity, a reflection per question and per step, the preparation timer, and the file it is
 * saved to. Every reading of time comes from the injected clock; files are read and written in
 * the background.
 */
public final class ParticipantViewModel {
    /** Reads a case file (a case from outside the library). */
    @FunctionalInterface
    public interface CaseFiles {
        Case read(Path file) throws FileProblemException;
    }

    /** A question of the case with the participant's reflection on it. */
    public record QuestionField(int number, int step, String question, StringProperty text) {}

    private final Clock clock;
    private final PreparationFormat format;
    private final CaseFiles caseFiles;
    private final Background background;
    private final UiText text;
    private final Supplier<String> ids;

    private final ObservableList<LibraryEntry> cases = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryEntry> entry = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>();
    private final BooleanProperty anonymous = new SimpleBooleanProperty();
    private final ObservableList<QuestionField> questions = FXCollections.observableArrayList();
    private final Map<Phase, StringProperty> steps = new EnumMap<>(Phase.class);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final PreparationTimer timer;
    private final ChangeListener<Object> changed = (o, a, b) -> markChanged();

    private String id;
    /** Counts edits, so a save that finishes after further typing leaves the window dirty. */
    private long revision;

    /**
     * @param library the cases to choose from (the bundled library and the library folders)
     * @param ids     source of fresh preparation ids
     */
    public ParticipantViewModel(List<LibraryEntry> library, Clock clock, PreparationFormat format, CaseFiles caseFiles,
                                Background background, UiText text, Supplier<String> ids) {
        this.clock = clock;
        this.format = format;
        this.caseFiles = caseFiles;
        this.background = background;
        this.text = text;
        this.ids = ids;
        this.timer = new PreparationTimer(clock);
        cases.setAll(library);
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                StringProperty s = new SimpleStringProperty("");
                s.addListener(changed);
                steps.put(p, s);
            }
        }
        name.addListener(changed);
        role.addListener(changed);
        anonymous.addListener(changed);
    }

    private void markChanged() {
        revision++;
        dirty.set(true);
    }

    // ---- the case -------------------------------------------------------------------------

    /** Starts a new, empty preparation of a case (the timer starts from zero). */
    public void start(LibraryEntry chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (!cases.contains(chosen)) {
            cases.add(chosen);
        }
        id = "f-" + ids.get();
        showCase(chosen, Map.of(), List.of());
        steps.values().forEach(s -> s.set(""));
        timer.reset(Duration.ZERO);
        file.set(null);
        problem.set("");
        status.set(text.get("participant.started", chosen.value().label()));
        dirty.set(false);
    }

    /** A question field per question of the case, plus any reflection on a question the case no longer has. */
    private void showCase(LibraryEntry chosen, Map<Integer, String> reflections, List<Preparation.QuestionReflection> saved) {
        entry.set(chosen);
        List<QuestionField> fields = new ArrayList<>();
        List<Question> qs = chosen.value().questions();
        for (int i = 0; i < qs.size(); i++) {
            fields.add(field(i + 1, qs.get(i).step(), qs.get(i).text(), reflections.getOrDefault(i + 1, "")));
        }
        for (Preparation.QuestionReflection r : saved) {
            if (r.number() > qs.size()) {
                fields.add(field(r.number(), r.step(), r.question(), r.text()));
            }
        }
        questions.setAll(fields);
    }

    private QuestionField field(int number, int step, String question, String value) {
        StringProperty p = new SimpleStringProperty(value);
        p.addListener(changed);
        return new QuestionField(number, step, question, p);
    }

    /** Reads a case file in the background and starts preparing it; problems are shown with line:column. */
    public void openCaseFile(Path caseFile) {
        background.run(() -> caseFiles.read(caseFile), c -> start(new LibraryEntry(c, caseFile.getParent() == null ? ""
                : caseFile.getParent().toString(), caseFile.getFileName().toString(), true)), this::showProblem);
    }

    // ---- files ----------------------------------------------------------------------------

    /**
     * Whether there is something to save: a case, and a name unless anonymous. When not, says
     * why in {@link #problemProperty()}.
     */
    public boolean checkSavable() {
        String why = entry.get() == null ? text.get("participant.noCase")
                : !anonymous.get() && name.get().isBlank() ? text.get("participant.nameMissing") : "";
        problem.set(why);
        return why.isEmpty();
    }

    /** The preparation as it stands, saved at {@code savedAt}. */
    public Preparation toPreparation(Instant savedAt) {
        Map<Phase, String> stepTexts = new EnumMap<>(Phase.class);
        steps.forEach((p, s) -> stepTexts.put(p, s.get()));
        List<Preparation.QuestionReflection> qs = questions.stream()
                .map(q -> new Preparation.QuestionReflection(q.number(), q.step(), q.question(), q.text().get())).toList();
        Duration used = timer.used();
        return new Preparation(id, CaseRef.of(entry.get().value()), name.get(), role.get(), anonymous.get(), qs, stepTexts,
                used.isZero() ? null : used.withNanos(0), savedAt);
    }

    /** Saves to {@code target} in the background; returns false (and says why) when it cannot be saved yet. */
    public boolean saveTo(Path target) {
        Objects.requireNonNull(target, "target");
        if (!checkSavable()) {
            return false;
        }
        Preparation snapshot = toPreparation(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        long savedRevision = revision;
        background.run(() -> {
            format.save(target, snapshot);
            return target;
        }, saved -> {
            file.set(saved);
            if (revision == savedRevision) {
                dirty.set(false);
            }
            problem.set("");
            status.set(text.get("participant.saved", saved.getFileName()));
        }, e -> problem.set(text.get("participant.saveFailed", e.getMessage())));
        return true;
    }

    /** A file name to propose: the participant's name (or "anonym") and the case number. */
    public String suggestedFileName() {
        String who = anonymous.get() || name.get().isBlank() ? text.get("participant.anonymousFile")
                : name.get().strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        int number = entry.get() == null ? 0 : entry.get().value().number();
        return who + "-case" + number + PreparationFormat.EXTENSION;
    }

    /**
     * Reopens a saved preparation in the background to go on with it. Its case is looked up in
     * the cases to choose from (open a case file first when it is not in the library).
     */
    public void open(Path preparationFile) {
        background.run(() -> format.open(preparationFile), p -> {
            Optional<LibraryEntry> c = cases.stream().filter(e -> e.value().id().equals(p.caseRef().id())).findFirst();
            if (c.isEmpty()) {
                problem.set(text.get("participant.caseMissing", p.caseRef().number() + " " + p.caseRef().title()));
                return;
            }
            load(p, c.get(), preparationFile);
        }, this::showProblem);
    }

    private void load(Preparation p, LibraryEntry c, Path from) {
        id = p.id();
        Map<Integer, String> reflections = new java.util.HashMap<>();
        p.questions().forEach(q -> reflections.put(q.number(), q.text()));
        showCase(c, reflections, p.questions());
        steps.forEach((phase, s) -> s.set(p.step(phase)));
        name.set(p.name());
        role.set(p.role());
        anonymous.set(p.anonymous());
        timer.reset(p.timeUsed() == null ? Duration.ZERO : p.timeUsed());
        file.set(from);
        problem.set("");
        status.set(text.get("participant.opened", from.getFileName()));
        dirty.set(false);
    }

    private void showProblem(Throwable e) {
        problem.set(e instanceof FileProblemException fpe
                ? String.join("\n", fpe.problems().stream().map(Object::toString).toList())
                : String.valueOf(e.getMessage()));
    }

    // ---- the preparation timer ------------------------------------------------------------

    /** Starts or stops the preparation timer (the time used is part of the preparation). */
    public void toggleTimer() {
        timer.toggle();
        markChanged();
    }

    /** Recomputes the timer text from the clock; the view calls it a few times a second. */
    public void refreshTime() {
        timer.refresh();
    }

    public PreparationTimer timer() {
        return timer;
    }

    // ---- properties -----------------------------------------------------------------------

    public ObservableList<LibraryEntry> cases() {
        return cases;
    }

    public ObjectProperty<LibraryEntry> entryProperty() {
        return entry;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public ObservableList<QuestionField> questions() {
        return questions;
    }

    public StringProperty stepProperty(Phase step) {
        return steps.get(step);
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
