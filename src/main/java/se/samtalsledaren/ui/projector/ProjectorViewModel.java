package se.samtalsledaren.ui.projector;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.session.SlotLevel;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.floor.FloorViewModel;
import se.samtalsledaren.ui.session.SessionViewModel;
import se.samtalsledaren.ui.session.content.StepContentViewModel;
import se.samtalsledaren.ui.session.solutions.SolutionsViewModel;
import se.samtalsledaren.ui.session.timer.TimerViewModel;

/**
 * What the room sees: the case, the current step and its questions, the step timer, the
 * speaker and the slot countdown; in steps 3 and 4, when the facilitator shows them, the
 * solutions with their horizons (their votes only when the facilitator shows those too); and a
 * result the facilitator chooses to show (a closed dot vote's, a survey question's). It is derived
 * live from the facilitator's view models and exposes nothing else — never the notes or the
 * agreements, and no vote while it is open.
 */
public final class ProjectorViewModel {
    /** A solution on the wall: its rank, its text and its horizon (with the votes when they are shown). */
    public record ShownSolution(int rank, String text, String detail) {}

    private final String caseTitle;
    private final StringBinding phaseTitle;
    private final StringBinding phasePurpose;
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private final ObservableValue<String> timerText;
    private final ObservableValue<String> timerCaption;
    private final ObservableValue<TimerLevel> level;
    private final ObservableValue<String> speakerName;
    private final ObservableValue<Boolean> hasSpeaker;
    private final ObservableValue<String> slotText;
    private final ObservableValue<SlotLevel> slotLevel;
    private final ObservableValue<String> roundText;
    private final StringBinding upNext;
    private final ObservableList<ShownSolution> solutions = FXCollections.observableArrayList();
    private final String solutionsHeading;
    private javafx.beans.value.ObservableValue<se.samtalsledaren.ui.results.Chart> board =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.ObjectProperty<se.samtalsledaren.room.QrCode> roomQr =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.property.StringProperty roomAddress = new javafx.beans.property.SimpleStringProperty("");

    /**
     * @param session the session window (the case)
     * @param step    the current step: its title, purpose and questions
     * @param timer   the step timer
     * @param floor   who speaks, the slot, the queue
     * @param shown   the solutions, and whether the facilitator shows them (and their votes)
     */
    public ProjectorViewModel(SessionViewModel session, StepContentViewModel step, TimerViewModel timer,
                              FloorViewModel floor, SolutionsViewModel shown, UiText text) {
        caseTitle = session.caseLabel();
        phaseTitle = step.titleProperty();
        phasePurpose = step.purposeProperty();
        Runnable syncQuestions = () -> questions.setAll(step.phaseProperty().get() == Phase.CLOSING ? List.of()
                : step.questions().stream().map(Question::text).toList());
        step.questions().addListener((ListChangeListener<Question>) c -> syncQuestions.run());
        step.phaseProperty().addListener((o, a, b) -> syncQuestions.run());
        syncQuestions.run();
        timerText = timer.timerTextProperty();
        timerCaption = timer.timerCaptionProperty();
        level = timer.levelProperty();
        speakerName = floor.speakerNameProperty();
        hasSpeaker = floor.hasSpeakerProperty();
        slotText = floor.slotTextProperty();
        slotLevel = floor.slotLevelProperty();
        roundText = floor.roundTextProperty();
        solutionsHeading = text.get("projector.solutions");
        Runnable syncSolutions = () -> solutions.setAll(!shown.shownProperty().get() || !shown.projectedProperty().get()
                ? List.of() : shownSolutions(shown, text));
        shown.solutions().addListener((ListChangeListener<Solution>) c -> syncSolutions.run());
        for (javafx.beans.Observable o : List.of(shown.shownProperty(), shown.prioritisingProperty(), shown.projectedProperty(),
                shown.votesProjectedProperty())) {
            o.addListener(x -> syncSolutions.run());
        }
        syncSolutions.run();
        upNext = Bindings.createStringBinding(() -> floor.queue().isEmpty() ? ""
                : text.get("projector.upNext", floor.queue().stream().limit(3).map(q -> q.participant().name())
                        .collect(Collectors.joining(", "))), floor.queue());
    }

    private static List<ShownSolution> shownSolutions(SolutionsViewModel shown, UiText text) {
        boolean prioritising = shown.prioritisingProperty().get();
        boolean votes = prioritising && shown.votesProjectedProperty().get();
        List<ShownSolution> out = new java.util.ArrayList<>();
        for (Solution s : shown.solutions()) {
            List<String> detail = new java.util.ArrayList<>();
            if (prioritising && s.horizon() != null) {
                detail.add(text.get("horizon." + s.horizon().key()));
            }
            if (votes) {
                detail.add(text.get("projector.votes", s.totalVotes()));
            }
            out.add(new ShownSolution(out.size() + 1, s.text(), String.join(" · ", detail)));
        }
        return out;
    }

    /** The solutions the room sees, in priority order; empty when they are not shown. */
    public ObservableList<ShownSolution> solutions() {
        return solutions;
    }

    public String solutionsHeading() {
        return solutionsHeading;
    }

    /**
     * Also shows what the facilitator puts on {@code room}: a closed vote's or a survey question's
     * result, in place of the step's questions while it is there.
     */
    public ProjectorViewModel showing(se.samtalsledaren.ui.results.RoomBoard room) {
        board = room.shownProperty();
        return this;
    }

    /** The result on the wall, or null. */
    public javafx.beans.value.ObservableValue<se.samtalsledaren.ui.results.Chart> board() {
        return board;
    }

    /**
     * Shows the room's join address (QR code and short address) while {@code qr} is not null:
     * the room panel's, so the projector shows what the panel shows.
     */
    public void showRoom(ObservableValue<se.samtalsledaren.room.QrCode> qr, ObservableValue<String> shortUrl, UiText text) {
        roomQr.bind(qr);
        roomAddress.bind(Bindings.createStringBinding(() -> shortUrl.getValue() == null || shortUrl.getValue().isEmpty() ? ""
                : text.get("room.projector", shortUrl.getValue()), shortUrl));
    }

    /** The join address as a QR code, or null while the room is closed. */
    public javafx.beans.property.ReadOnlyObjectProperty<se.samtalsledaren.room.QrCode> roomQr() {
        return roomQr;
    }

    public ObservableValue<String> roomAddress() {
        return roomAddress;
    }

    public String caseTitle() {
        return caseTitle;
    }

    public StringBinding phaseTitle() {
        return phaseTitle;
    }

    public StringBinding phasePurpose() {
        return phasePurpose;
    }

    public ObservableList<String> questions() {
        return questions;
    }

    public ObservableValue<String> timerText() {
        return timerText;
    }

    public ObservableValue<String> timerCaption() {
        return timerCaption;
    }

    public ObservableValue<TimerLevel> level() {
        return level;
    }

    public ObservableValue<String> speakerName() {
        return speakerName;
    }

    public ObservableValue<Boolean> hasSpeaker() {
        return hasSpeaker;
    }

    public ObservableValue<String> slotText() {
        return slotText;
    }

    public ObservableValue<SlotLevel> slotLevel() {
        return slotLevel;
    }

    public ObservableValue<String> roundText() {
        return roundText;
    }

    public StringBinding upNext() {
        return upNext;
    }
}
