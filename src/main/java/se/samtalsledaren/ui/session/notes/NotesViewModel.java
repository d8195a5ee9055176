package se.samtalsledaren.ui.session.notes;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.session.SessionViewModel;

/** The current step's notes: who said what, in which dimension; shown in the five discussion steps. */
public final class NotesViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final BooleanBinding shown;

    public NotesViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.session = session;
        this.shown = session.inPhase(Phase::isStep);
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        Phase phase = runner.current();
        notes.setAll(phase.isStep() ? runner.session().notesFor(phase) : List.of());
    }

    public void addNote(String noteText, Participant by, Dimension dimension) {
        if (noteText == null || noteText.isBlank() || !runner.current().isStep()) {
            return;
        }
        runner.addNote(runner.current(), noteText.strip(), by == null ? "" : by.id(), dimension);
    }

    /** Replaces a note's text; a blank text removes the note. */
    public void editNote(Note note, String newText) {
        if (newText == null || newText.isBlank()) {
            runner.removeNote(runner.current(), note.id());
        } else {
            runner.updateNote(runner.current(), note.id(), n -> new Note(n.id(), newText.strip(), n.participantId(), n.dimension()));
        }
    }

    public void moveNote(Note note, int delta) {
        runner.moveNote(runner.current(), note.id(), delta);
    }

    public void removeNote(Note note) {
        runner.removeNote(runner.current(), note.id());
    }

    /** The participant's name, or "" for a note nobody in particular said. */
    public String participantName(String id) {
        return runner.session().participant(id).map(Participant::name).orElse("");
    }

    /** The current step's notes, in order. */
    public ObservableList<Note> notes() {
        return notes;
    }

    public ObservableList<Participant> participants() {
        return session.participants();
    }

    public BooleanBinding shownProperty() {
        return shown;
    }
}
