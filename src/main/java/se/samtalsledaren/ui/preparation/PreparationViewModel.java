package se.samtalsledaren.ui.preparation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.Preparations;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.PreparationFormat;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;

/**
 * The participants' preparations in the session window: importing files, what is revealed in
 * the current step (per participant), what waits for later steps (only counted), and pulling a
 * reflection into the group's notes.
 */
public final class PreparationViewModel {
    /** One revealed reflection: what it answers, its text, and whether the group's notes already have it. */
    public record Row(Preparations.Item item, String label, boolean inNotes) {}

    /** The revealed reflections of one participant in the current step. */
    public record Group(Preparation preparation, String author, List<Row> rows) {}

    private final SessionRunner runner;
    private final PreparationFormat format;
    private final Background background;
    private final UiText text;
    private final ObservableList<Group> groups = FXCollections.observableArrayList();
    private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty hidden = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty shown = new SimpleBooleanProperty();

    public PreparationViewModel(SessionRunner runner, PreparationFormat format, Background background, UiText text) {
        this.runner = runner;
        this.format = format;
        this.background = background;
        this.text = text;
        runner.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        Session s = runner.session();
        List<Group> next = new ArrayList<>();
        for (Map.Entry<Preparation, List<Preparations.Item>> e : Preparations.revealedNow(s).entrySet()) {
            List<Row> rows = e.getValue().stream().map(item -> new Row(item, label(item), Preparations.inNotes(s, item))).toList();
            next.add(new Group(e.getKey(), author(s, e.getKey()), rows));
        }
        if (!next.equals(groups)) {
            groups.setAll(next);
        }
        heading.set(text.get("preparation.heading", s.preparations().size()));
        Map<Phase, Integer> later = Preparations.hiddenCounts(s);
        hidden.set(later.entrySet().stream().map(e -> text.get("preparation.hidden", e.getValue(), e.getKey().step()))
                .collect(Collectors.joining(" · ")));
        if (s.current().isStep() && next.isEmpty() && !s.preparations().isEmpty()) {
            hidden.set(text.get("preparation.noneNow") + (hidden.get().isEmpty() ? "" : " " + hidden.get()));
        }
        shown.set(!s.preparations().isEmpty() || !problems.isEmpty());
    }

    private String label(Preparations.Item item) {
        return item.question() == 0 ? text.get("preparation.onStep", item.step().step())
                : text.get("preparation.onQuestion", item.question(), item.questionText());
    }

    /** The name as the group may see it: the participant's, or "Anonym"; with the role when given. */
    private String author(Session s, Preparation p) {
        String who = p.anonymous() ? text.get("preparation.anonymous") : p.name();
        if (p.role() != null) {
            who += " (" + text.get("role." + p.role().key()).toLowerCase(text.locale()) + ")";
        }
        if (!p.anonymous() && Preparations.author(s, p).isEmpty()) {
            who += " – " + text.get("preparation.notParticipant");
        }
        return who;
    }

    /**
     * Reads the files in the background and imports every good one; each bad file (or one of
     * another case) is listed with file, line:column and what is wrong, while the others import.
     */
    public void importFiles(List<Path> files) {
        var caseRef = runner.session().caseRef();
        background.run(() -> {
            List<Preparation> read = new ArrayList<>();
            List<FileProblem> bad = new ArrayList<>();
            for (Path f : files) {
                try {
                    read.add(format.openFor(f, caseRef));
                } catch (FileProblemException e) {
                    bad.addAll(e.problems());
                }
            }
            return new Imported(read, bad);
        }, result -> {
            problems.setAll(result.problems());
            if (!result.preparations().isEmpty()) {
                runner.importPreparations(result.preparations());
            }
            int failed = (int) result.problems().stream().map(FileProblem::file).distinct().count();
            status.set(text.get("preparation.imported", result.preparations().size(), failed));
            refresh();
        }, e -> {
            problems.setAll(FileProblem.wholeFile("", String.valueOf(e.getMessage())));
            refresh();
        });
    }

    private record Imported(List<Preparation> preparations, List<FileProblem> problems) {}

    /** Copies a revealed reflection into the group's notes of its step. */
    public void pull(Row row) {
        Preparations.pull(runner, row.item());
    }

    /** Takes an imported preparation out of the session (e.g. one imported by mistake). */
    public void remove(Preparation p) {
        runner.removePreparation(p.id());
    }

    public ObservableList<Group> groups() {
        return groups;
    }

    public ObservableList<FileProblem> problems() {
        return problems;
    }

    public StringProperty headingProperty() {
        return heading;
    }

    public StringProperty hiddenProperty() {
        return hidden;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
