package se.samtalsledaren.ui.editor;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.ui.reader.CaseReaderViewModel;

/**
 * The editor's live preview: the facilitator's reader on the draft. It is given the latest draft
 * at most once per turn of the event queue: while the reader renders, further keystrokes queue
 * up and the next render shows them all at once.
 */
public final class PreviewViewModel {
    private final CaseReaderViewModel reader;
    private boolean pending;

    /** @param draft the draft as a library entry ({@link CaseEditorViewModel#previewProperty()}) */
    public PreviewViewModel(ObservableValue<LibraryEntry> draft, CaseReaderViewModel reader) {
        this.reader = reader;
        reader.entryProperty().set(draft.getValue());
        draft.addListener((o, a, b) -> {
            if (!pending) {
                pending = true;
                Platform.runLater(() -> {
                    pending = false;
                    reader.entryProperty().set(draft.getValue());
                });
            }
        });
    }

    /** The reader that shows the draft (its view is the preview). */
    public CaseReaderViewModel reader() {
        return reader;
    }
}
