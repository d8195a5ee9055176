package se.samtalsledaren.ui.session.notes;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.ui.UiText;

/** A note: its text, who said it and its dimension; double-click or F2 edits the text. */
final class NoteCell extends ListCell<Note> {
    private final NotesViewModel vm;
    private final UiText text;
    private final TextField editor = new TextField();

    NoteCell(NotesViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
        editor.setOnAction(e -> commitEdit(withText(getItem(), editor.getText())));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
            }
        });
        setPrefWidth(0);
        setWrapText(true);
    }

    @Override
    protected void updateItem(Note note, boolean empty) {
        super.updateItem(note, empty);
        if (empty || note == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        if (isEditing()) {
            editor.setText(note.text());
            setText(null);
            setGraphic(editor);
            return;
        }
        StringBuilder sb = new StringBuilder("• ").append(note.text());
        String who = vm.participantName(note.participantId());
        List<String> tags = new ArrayList<>();
        if (!who.isEmpty()) {
            tags.add(who);
        }
        if (note.dimension() != null) {
            tags.add(text.get("dimension." + note.dimension().key()));
        }
        if (!tags.isEmpty()) {
            sb.append("   — ").append(String.join(" · ", tags));
        }
        setText(sb.toString());
        setGraphic(null);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (isEditing()) {
            editor.setText(getItem().text());
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), isEmpty());
    }

    @Override
    public void commitEdit(Note edited) {
        Note original = getItem();
        super.commitEdit(edited);
        vm.editNote(original, edited.text());
    }

    private static Note withText(Note n, String t) {
        return new Note(n.id(), t, n.participantId(), n.dimension());
    }
}
