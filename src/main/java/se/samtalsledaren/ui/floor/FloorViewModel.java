package se.samtalsledaren.ui.floor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.Airtime;
import se.samtalsledaren.session.FloorRunner;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.SlotLevel;
import se.samtalsledaren.ui.Converters;
import se.samtalsledaren.ui.UiText;

/**
 * The floor for the session window and the projector: the speaker and the slot countdown, the
 * queue of raised hands with the suggestion of who is next, rounds, slot lengths and the chime.
 * Every figure is recomputed from the runner's clock; the airtime balance is the
 * {@link BalanceViewModel}'s.
 */
public final class FloorViewModel {
    /** A waiting hand: the participant, their airtime so far, whether they are the suggestion. */
    public record QueueItem(Participant participant, String airtime, boolean suggested) {}

    private final SessionRunner runner;
    private final FloorRunner floor;
    private final UiText text;
    private final Chime chime;

    private final StringProperty speakerName = new SimpleStringProperty("");
    private final BooleanProperty hasSpeaker = new SimpleBooleanProperty();
    private final BooleanProperty speaking = new SimpleBooleanProperty();
    private final StringProperty slotText = new SimpleStringProperty("");
    private final StringProperty slotCaption = new SimpleStringProperty("");
    private final ObjectProperty<SlotLevel> slotLevel = new SimpleObjectProperty<>(SlotLevel.IDLE);
    private final StringProperty roundText = new SimpleStringProperty("");
    private final BooleanProperty round = new SimpleBooleanProperty();
    private final StringProperty suggestion = new SimpleStringProperty("");
    private final StringProperty soundProblem = new SimpleStringProperty("");
    private final BooleanProperty muted = new SimpleBooleanProperty();
    private final IntegerProperty slotSeconds = new SimpleIntegerProperty();
    private final IntegerProperty stepSlotSeconds = new SimpleIntegerProperty();
    private final ObservableList<QueueItem> queue = FXCollections.observableArrayList();
    /** The slot whose end has already been signalled, so the chime sounds once per slot. */
    private int chimedSlot;

    /**
     * @param runner the session (its phase, participants and changes)
     * @param floor  the floor's logic on the same session
     */
    public FloorViewModel(SessionRunner runner, FloorRunner floor, UiText text, Chime chime) {
        this.runner = runner;
        this.floor = floor;
        this.text = text;
        this.chime = chime;
        Floor f = floor.state();
        // A slot that was already over when the session was opened does not chime again.
        chimedSlot = f.speaker() != null && floor.slotLevel() == SlotLevel.OVERRUN ? f.slot() : 0;
        runner.addListener(this::refresh);
        refresh();
    }

    /** Recomputes everything from the runner and its clock; the view calls it a few times a second. */
    public void refresh() {
        Floor f = floor.state();
        Phase phase = runner.current();
        Airtime airtime = floor.airtime();
        hasSpeaker.set(f.speaker() != null);
        speaking.set(f.speaking());
        speakerName.set(f.speaker() == null ? text.get("floor.nobody") : name(f.speaker()));
        SlotLevel level = floor.slotLevel();
        slotLevel.set(level);
        Duration remaining = floor.slotRemaining();
        if (f.speaker() == null) {
            slotText.set(Converters.clock(floor.slotLength()));
            slotCaption.set(text.get("floor.slotLength"));
        } else {
            slotText.set((remaining.isNegative() ? "+" : "") + Converters.clock(remaining));
            slotCaption.set(text.get(remaining.isNegative() || remaining.isZero() ? "floor.slotOver"
                    : f.speaking() ? "floor.slotLeft" : "floor.slotStopped", Converters.clock(floor.slotLength())));
        }
        if (level == SlotLevel.OVERRUN && chimedSlot != f.slot()) {
            chimedSlot = f.slot();
            if (!muted.get()) {
                chime.play(e -> soundProblem.set(e instanceof Chime.NoDeviceException
                        ? text.get("floor.noSoundDevice") : text.get("floor.soundFailed", String.valueOf(e.getMessage()))));
            }
        }
        round.set(f.round());
        roundText.set(f.round() ? text.get("floor.roundProgress", floor.roundPosition(), f.roundSize()) : "");
        slotSeconds.set(f.slotSeconds());
        stepSlotSeconds.set(f.slotSeconds(phase));

        Optional<String> next = floor.suggestNext();
        List<QueueItem> items = new ArrayList<>();
        for (String id : f.queue()) {
            items.add(new QueueItem(participant(id), Converters.clock(airtime.of(id).time()), next.map(id::equals).orElse(false)));
        }
        if (!items.equals(queue)) {
            queue.setAll(items);
        }
        suggestion.set(next.map(id -> text.get("floor.suggestion", name(id), Converters.clock(airtime.of(id).time()))).orElse(""));
    }

    private Participant participant(String id) {
        return runner.session().participant(id).orElseThrow();
    }

    private String name(String id) {
        return participant(id).name();
    }

    // ---- actions --------------------------------------------------------------------------

    /** Raises or lowers the hand of the n-th participant (1-based, as on the number keys). */
    public void toggleHand(int number) {
        List<Participant> ps = runner.session().participants();
        if (number >= 1 && number <= ps.size()) {
            floor.toggleHand(ps.get(number - 1).id());
        }
    }

    public void toggleHand(Participant p) {
        floor.toggleHand(p.id());
    }

    public void lowerHand(Participant p) {
        floor.lowerHand(p.id());
    }

    public void moveInQueue(Participant p, int delta) {
        floor.moveInQueue(p.id(), delta);
    }

    public void giveFloorTo(Participant p) {
        floor.giveFloorTo(p.id());
    }

    /** Hands the floor to the first in the queue (the current speaker's slot ends). */
    public void handOver() {
        floor.handOver();
    }

    /** Gives the floor to the suggested participant: the waiting hand with the least airtime. */
    public void takeSuggested() {
        floor.suggestNext().ifPresent(floor::giveFloorTo);
    }

    public void toggleSpeaking() {
        floor.toggleSpeaking();
    }

    public void endSlot() {
        floor.endSlot();
    }

    /** Starts a round with everyone in participant order, or cancels the running one. */
    public void toggleRound() {
        if (floor.state().round()) {
            floor.cancelRound();
        } else {
            floor.startRound(null);
        }
    }

    public void clearQueue() {
        floor.clearQueue();
    }

    public void setSlotSeconds(int seconds) {
        if (seconds != floor.state().slotSeconds()) {
            floor.setSlotSeconds(clampSlot(seconds));
        }
    }

    /** Sets the slot length of the current phase; the session's length removes the exception. */
    public void setStepSlotSeconds(int seconds) {
        if (seconds != floor.state().slotSeconds(runner.current())) {
            floor.setSlotSeconds(runner.current(), clampSlot(seconds));
        }
    }

    private static int clampSlot(int seconds) {
        return Math.max(Floor.MIN_SLOT_SECONDS, Math.min(Floor.MAX_SLOT_SECONDS, seconds));
    }

    // ---- properties -----------------------------------------------------------------------

    public StringProperty speakerNameProperty() {
        return speakerName;
    }

    public BooleanProperty hasSpeakerProperty() {
        return hasSpeaker;
    }

    public BooleanProperty speakingProperty() {
        return speaking;
    }

    public StringProperty slotTextProperty() {
        return slotText;
    }

    public StringProperty slotCaptionProperty() {
        return slotCaption;
    }

    public ObjectProperty<SlotLevel> slotLevelProperty() {
        return slotLevel;
    }

    public StringProperty roundTextProperty() {
        return roundText;
    }

    public BooleanProperty roundProperty() {
        return round;
    }

    public StringProperty suggestionProperty() {
        return suggestion;
    }

    public StringProperty soundProblemProperty() {
        return soundProblem;
    }

    public BooleanProperty mutedProperty() {
        return muted;
    }

    public IntegerProperty slotSecondsProperty() {
        return slotSeconds;
    }

    public IntegerProperty stepSlotSecondsProperty() {
        return stepSlotSeconds;
    }

    public ObservableList<QueueItem> queue() {
        return queue;
    }
}
