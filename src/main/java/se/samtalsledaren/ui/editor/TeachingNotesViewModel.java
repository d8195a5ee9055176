package se.samtalsledaren.ui.editor;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.model.TimePlan;

/**
 * The case editor's teaching notes (tab "Lärarhandledning"): learning objectives, opening
 * question and fighting issues one per line, the board plan as rows, and the suggested minutes
 * per phase, which count only while they are switched on.
 */
public final class TeachingNotesViewModel extends DraftPart {
    private final StringProperty objectives = new SimpleStringProperty("");
    private final StringProperty openingQuestion = new SimpleStringProperty("");
    private final StringProperty fightingIssues = new SimpleStringProperty("");
    private final ObservableList<EditorRows.BoardRow> boardPlan = FXCollections.observableArrayList(EditorRows.BoardRow::observables);
    private final BooleanProperty suggestMinutes = new SimpleBooleanProperty(false);
    private final Map<Phase, IntegerProperty> minutes = new EnumMap<>(Phase.class);
    private final IntegerBinding suggestedTotal;

    TeachingNotesViewModel() {
        for (Phase p : Phase.values()) {
            minutes.put(p, new SimpleIntegerProperty(0));
        }
        watch(FieldKeys.OBJECTIVES, objectives);
        watch(FieldKeys.OPENING, openingQuestion);
        watch(FieldKeys.FIGHTING, fightingIssues);
        watchRows(boardPlan, FieldKeys.BOARD);
        watch(null, suggestMinutes);
        minutes.forEach((p, m) -> watch(FieldKeys.MINUTES + "." + p.key(), m));
        Observable[] dependencies = minutes.values().toArray(new Observable[Phase.values().length + 1]);
        dependencies[Phase.values().length] = suggestMinutes;
        suggestedTotal = Bindings.createIntegerBinding(() -> suggested().values().stream().mapToInt(Integer::intValue).sum(),
                dependencies);
    }

    @Override
    void show(Case c) {
        TeachingNotes t = c.teachingNotes();
        objectives.set(String.join("\n", t.learningObjectives()));
        openingQuestion.set(t.openingQuestion());
        fightingIssues.set(String.join("\n", t.fightingIssues()));
        syncRows(boardPlan, t.boardPlan(), EditorRows.BoardRow::new, EditorRows.BoardRow::set);
        suggestMinutes.set(!t.suggestedMinutes().isEmpty());
        TimePlan defaults = TimePlan.defaultFor(90);
        minutes.forEach((p, m) -> m.set(t.suggestedMinutes().getOrDefault(p, defaults.plannedMinutes(p))));
    }

    /** The notes as the case holds them. */
    TeachingNotes value() {
        return new TeachingNotes(lines(objectives.get()), nonNull(openingQuestion.get()).strip(),
                lines(fightingIssues.get()), boardPlan.stream().map(EditorRows.BoardRow::value).toList(), suggested());
    }

    /** The minutes per phase within 0 and {@link TeachingNotes#MAX_MINUTES}, or none while switched off. */
    private Map<Phase, Integer> suggested() {
        Map<Phase, Integer> suggested = new EnumMap<>(Phase.class);
        if (suggestMinutes.get()) {
            minutes.forEach((p, m) -> suggested.put(p, Math.max(0, Math.min(TeachingNotes.MAX_MINUTES, m.get()))));
        }
        return suggested;
    }

    /** A new empty row at the end of the board plan. */
    public EditorRows.BoardRow addBoardArea() {
        EditorRows.BoardRow b = new EditorRows.BoardRow(new TeachingNotes.BoardArea("", ""));
        boardPlan.add(b);
        return b;
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

    /** The sum of the suggested minutes; 0 while they are switched off. */
    public IntegerBinding suggestedTotalProperty() {
        return suggestedTotal;
    }
}
