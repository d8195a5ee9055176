package se.samtalsledaren.ui.session.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/**
 * The notes panel: Enter adds a note (with who said it and its dimension), Alt+↑/↓ moves the
 * selected one, Delete removes it, a double-click edits it in place.
 */
public final class NotesController {
    @FXML private VBox root;
    @FXML private ListView<Note> notesList;
    @FXML private TextField noteInput;
    @FXML private ComboBox<Participant> noteBy;
    @FXML private ComboBox<Dimension> noteDimension;

    private final NotesViewModel vm;
    private final UiText text;

    public NotesController(NotesViewModel vm, UiText text) {
        this.vm = vm;
        this.text = text;
    }

    @FXML
    private void initialize() {
        root.visibleProperty().bind(vm.shownProperty());
        root.managedProperty().bind(vm.shownProperty());
        notesList.setItems(vm.notes());
        notesList.setCellFactory(list -> new NoteCell(vm, text));
        noteBy.setItems(withNone(vm.participants()));
        vm.participants().addListener((ListChangeListener<Participant>) c -> noteBy.setItems(withNone(vm.participants())));
        noteBy.setConverter(Converters.display(p -> p == null ? text.get("session.note.anyone") : p.name()));
        noteBy.setButtonCell(new NullSafeCell<>(p -> p == null ? text.get("session.note.anyone") : p.name()));
        noteDimension.getItems().setAll(null, Dimension.STRUKTUR, Dimension.PROCESS, Dimension.VARDERINGAR);
        noteDimension.setConverter(Converters.display(d -> d == null ? text.get("session.note.noDimension") : text.get("dimension." + d.key())));
        noteDimension.setButtonCell(new NullSafeCell<>(d -> d == null ? text.get("session.note.noDimension") : text.get("dimension." + d.key())));
        noteInput.setOnAction(e -> {
            vm.addNote(noteInput.getText(), noteBy.getValue(), noteDimension.getValue());
            noteInput.clear();
            notesList.scrollTo(vm.notes().size() - 1);
        });
        notesList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Note selected = notesList.getSelectionModel().getSelectedItem();
            if (selected == null || notesList.getEditingIndex() >= 0) {
                return;
            }
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                int delta = e.getCode() == KeyCode.UP ? -1 : 1;
                int index = notesList.getSelectionModel().getSelectedIndex();
                vm.moveNote(selected, delta);
                notesList.getSelectionModel().select(Math.max(0, Math.min(vm.notes().size() - 1, index + delta)));
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.removeNote(selected);
                e.consume();
            }
        });
    }

    private static <T> ObservableList<T> withNone(List<T> items) {
        List<T> all = new ArrayList<>();
        all.add(null);
        all.addAll(items);
        return FXCollections.observableArrayList(all);
    }

    /** A combo box's button cell that shows the "none" choice (null) by its label too. */
    private static final class NullSafeCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        NullSafeCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? label.apply(null) : label.apply(item));
        }
    }
}
