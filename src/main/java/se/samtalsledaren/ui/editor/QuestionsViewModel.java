package se.samtalsledaren.ui.editor;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Question;

/** The case editor's "Att samtala om" questions, each with the discussion step (1–5) it belongs to. */
public final class QuestionsViewModel extends DraftPart {
    /** The discussion steps a question can belong to. */
    public static final List<Integer> STEPS = List.of(1, 2, 3, 4, 5);

    private final ObservableList<EditorRows.QuestionRow> rows = FXCollections.observableArrayList(EditorRows.QuestionRow::observables);

    QuestionsViewModel() {
        watchRows(rows, FieldKeys.QUESTIONS);
    }

    @Override
    void show(Case c) {
        syncRows(rows, c.questions(), EditorRows.QuestionRow::new, EditorRows.QuestionRow::set);
    }

    /** The questions as the case holds them, their text stripped. */
    List<Question> value() {
        return rows.stream().map(q -> new Question(q.value().text().strip(), q.value().step())).toList();
    }

    /** A new empty question in {@code step}, after the last. */
    public EditorRows.QuestionRow add(int step) {
        EditorRows.QuestionRow q = new EditorRows.QuestionRow(new Question("", step));
        rows.add(q);
        return q;
    }

    /** The step a new question gets: the last question's, or 1 when there is none. */
    public int nextStep() {
        return rows.isEmpty() ? 1 : rows.get(rows.size() - 1).stepProperty().get();
    }

    public ObservableList<EditorRows.QuestionRow> rows() {
        return rows;
    }
}
