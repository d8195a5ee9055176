package se.samtalsledaren.ui.editor;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import se.samtalsledaren.ui.UiText;

/** Builds the rows of the editor's lists (narrative blocks, questions, board plan): a head with buttons, the text, the problem. */
final class RowViews {
    private final UiText text;
    private final EditorFields fields;

    RowViews(UiText text, EditorFields fields) {
        this.text = text;
        this.fields = fields;
    }

    /** Builds a list's rows now and again whenever rows are added, removed or moved (not when one is edited). */
    static void buildRows(ObservableList<?> rows, Runnable build) {
        rows.addListener((ListChangeListener<Object>) c -> {
            if (structural(c)) {
                build.run();
            }
        });
        build.run();
    }

    private static boolean structural(ListChangeListener.Change<?> c) {
        while (c.next()) {
            if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                return true;
            }
        }
        return false;
    }

    /** Number, the row's own control, extra buttons, then up / down / remove. */
    <R> HBox head(int i, Node control, ObservableList<R> rows, R row, List<Button> extra) {
        Label number = new Label((i + 1) + ".");
        number.getStyleClass().add("editor-row-number");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, number, control, gap);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getChildren().addAll(extra);
        Button up = button("editor.row.up", "editor.row.up.tip", () -> EditorRows.move(rows, row, -1));
        Button down = button("editor.row.down", "editor.row.down.tip", () -> EditorRows.move(rows, row, 1));
        Button remove = button("editor.row.remove", "editor.row.remove.tip", () -> rows.remove(row));
        up.setDisable(i == 0);
        down.setDisable(i == rows.size() - 1);
        head.getChildren().addAll(up, down, remove);
        return head;
    }

    /** The row's head over its text area and the problem of the field {@code key}. */
    VBox row(HBox head, TextArea area, String key) {
        Label error = error();
        VBox box = new VBox(4, head, area, error);
        box.getStyleClass().add("editor-row");
        fields.register(key, area, error);
        return box;
    }

    /** An empty label for a problem, styled as one. */
    static Label error() {
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        return error;
    }

    Button button(String labelKey, String tipKey, Runnable action) {
        Button b = new Button(text.get(labelKey));
        b.setTooltip(new Tooltip(text.get(tipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }
}
