package se.samtalsledaren.ui.session.notes;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The current step's notes: who said what, in which dimension; shown in the five discussion steps.
 * A new note is attributed to whoever has the floor: the choice follows each new speaker (nobody
 * when the floor is free) and can be changed for a note until the floor changes hands. The floor
 * is part of the session, so a session reopened after a crash attributes to the same speaker.
 */
public final class NotesViewModel {
    private final SessionRunner runner;
    private final SessionViewModel session;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final BooleanBinding shown;
    private final ObjectProperty<Participant> attribution = new SimpleObjectProperty<>();
    /** The speaker the attribution last followed (null: the floor was free). */
    private String followed;

    public NotesViewModel(SessionRunner runner, SessionViewModel session) {
        this.runner = runner;
        this.session = session;
        this.shown = session.inPhase(Phase::isStep);
        session.onChange(this::sync);
        followed = runner.session().floor().speaker();
        attribution.set(speaker());
        sync();
    }

    private void sync() {
        Phase phase = runner.current();
        notes.setAll(phase.isStep() ? runner.session().notesFor(phase) : List.of());
        String now = runner.session().floor().speaker();
        if (!Objects.equals(now, followed)) {
            followed = now;
            attribution.set(speaker());
        }
    }

    private Participant speaker() {
        return followed == null ? null : runner.session().participant(followed).orElse(null);
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

    /** Who the next note is attributed to: the speaker, unless changed; null for nobody in particular. */
    public ObjectProperty<Participant> attributionProperty() {
        return attribution;
    }

    public BooleanBinding shownProperty() {
        return shown;
    }
}
