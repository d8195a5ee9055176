package se.samtalsledaren.ui.reader;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.store.Preferences;

/** State of the case reader: the case shown, the zoom and the related cases. */
public final class CaseReaderViewModel {
    /** Base font size in pixels at zoom 1.0; chosen for reading at a desk and on a projector. */
    public static final double BASE_FONT_PX = 16;
    /** Comfortable line length, in multiples of the font size (about 70 characters). */
    public static final double LINE_LENGTH_EM = 38;
    private static final double STEP = 0.1;

    private final ObjectProperty<LibraryEntry> entry = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObservableList<LibraryEntry> related = FXCollections.observableArrayList();
    private final Function<String, Optional<LibraryEntry>> lookup;
    private final Consumer<String> openCase;
    private final Consumer<LibraryEntry> startSession;
    private final Consumer<LibraryEntry> edit;
    private final boolean teachingNotes;

    /**
     * @param lookup   resolves a case id in the current library
     * @param openCase asked to show another case (by id), e.g. a related one
     * @param startSession asked to start a session on the case shown, or null where the reader
     *                     offers no sessions (participant mode)
     */
    public CaseReaderViewModel(Function<String, Optional<LibraryEntry>> lookup, Consumer<String> openCase,
                               Consumer<LibraryEntry> startSession) {
        this(lookup, openCase, startSession, null);
    }

    /**
     * @param edit asked to edit the case shown (in place, or a copy of a read-only case); null
     *             when the reader offers no editing, and {@code startSession} null when it offers
     *             no session (the editor's live preview)
     */
    public CaseReaderViewModel(Function<String, Optional<LibraryEntry>> lookup, Consumer<String> openCase,
                               Consumer<LibraryEntry> startSession, Consumer<LibraryEntry> edit) {
        this(lookup, openCase, startSession, edit, true);
    }

    private CaseReaderViewModel(Function<String, Optional<LibraryEntry>> lookup, Consumer<String> openCase,
                                Consumer<LibraryEntry> startSession, Consumer<LibraryEntry> edit, boolean teachingNotes) {
        this.teachingNotes = teachingNotes;
        this.lookup = lookup;
        this.openCase = openCase;
        this.startSession = startSession;
        this.edit = edit;
        entry.addListener((o, a, b) -> {
            List<LibraryEntry> next = resolveRelated(b);
            if (!next.equals(related)) {
                related.setAll(next);
            }
        });
    }

    /** A reader for the editor's live preview: no session, no editing, related links still work. */
    public static CaseReaderViewModel preview(Function<String, Optional<LibraryEntry>> lookup, Consumer<String> openCase) {
        return new CaseReaderViewModel(lookup, openCase, null, null);
    }

    /**
     * A reader for a participant preparing alone: no session, no editing, and never the trainer's
     * teaching notes, which are for the facilitator only.
     */
    public static CaseReaderViewModel participant() {
        return new CaseReaderViewModel(id -> Optional.empty(), id -> { }, null, null, false);
    }

    /** Whether the teaching notes of a case are shown (never to participants). */
    public boolean showsTeachingNotes() {
        return teachingNotes;
    }

    public boolean offersSession() {
        return startSession != null;
    }

    public boolean offersEditing() {
        return edit != null;
    }

    public void edit() {
        if (entry.get() != null && edit != null) {
            edit.accept(entry.get());
        }
    }

    private List<LibraryEntry> resolveRelated(LibraryEntry e) {
        if (e == null) {
            return List.of();
        }
        return e.value().relatedCases().stream().map(lookup).flatMap(Optional::stream).toList();
    }

    public void openRelated(LibraryEntry other) {
        openCase.accept(other.value().id());
    }

    public void startSession() {
        if (entry.get() != null && startSession != null) {
            startSession.accept(entry.get());
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() + STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() - STEP);
    }

    public void resetZoom() {
        setZoom(1.0);
    }

    public void setZoom(double z) {
        double clamped = Math.max(Preferences.MIN_ZOOM, Math.min(Preferences.MAX_ZOOM, z));
        zoom.set(Math.round(clamped * 10) / 10.0);
    }

    public DoubleBinding fontSize() {
        return zoom.multiply(BASE_FONT_PX);
    }

    public DoubleBinding lineLength() {
        return fontSize().multiply(LINE_LENGTH_EM);
    }

    public StringBinding zoomPercent() {
        return Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + " %", zoom);
    }

    public ObjectProperty<LibraryEntry> entryProperty() {
        return entry;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ObservableList<LibraryEntry> related() {
        return related;
    }
}
