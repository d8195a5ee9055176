package se.samtalsledaren.ui.editor;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.TeachingNotes;

/** Editable rows of the case editor's lists. */
public final class EditorRows {
    private EditorRows() {}

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

    /** A narrative block being edited. */
    public static final class Block {
        private final ObjectProperty<BlockType> type = new SimpleObjectProperty<>(BlockType.PARAGRAPH);
        private final StringProperty text = new SimpleStringProperty("");

        Block(NarrativeBlock b) {
            set(b);
        }

        void set(NarrativeBlock b) {
            type.set(b.type());
            text.set(b.text());
        }

        NarrativeBlock value() {
            return new NarrativeBlock(type.get(), text.get() == null ? "" : text.get());
        }

        Observable[] observables() {
            return new Observable[] {type, text};
        }

        public ObjectProperty<BlockType> typeProperty() {
            return type;
        }

        public StringProperty textProperty() {
            return text;
        }
    }

    /** A question being edited, with its discussion step. */
    public static final class QuestionRow {
        private final StringProperty text = new SimpleStringProperty("");
        private final IntegerProperty step = new SimpleIntegerProperty(1);

        QuestionRow(Question q) {
            set(q);
        }

        void set(Question q) {
            text.set(q.text());
            step.set(q.step());
        }

        Question value() {
            return new Question(text.get() == null ? "" : text.get(), Math.max(1, Math.min(5, step.get())));
        }

        Observable[] observables() {
            return new Observable[] {text, step};
        }

        public StringProperty textProperty() {
            return text;
        }

        public IntegerProperty stepProperty() {
            return step;
        }
    }

    /** One area of the board plan being edited. */
    public static final class BoardRow {
        private final StringProperty area = new SimpleStringProperty("");
        private final StringProperty content = new SimpleStringProperty("");

        BoardRow(TeachingNotes.BoardArea b) {
            set(b);
        }

        void set(TeachingNotes.BoardArea b) {
            area.set(b.area());
            content.set(b.content());
        }

        TeachingNotes.BoardArea value() {
            return new TeachingNotes.BoardArea(area.get() == null ? "" : area.get(), content.get() == null ? "" : content.get());
        }

        Observable[] observables() {
            return new Observable[] {area, content};
        }

        public StringProperty areaProperty() {
            return area;
        }

        public StringProperty contentProperty() {
            return content;
        }
    }
}
