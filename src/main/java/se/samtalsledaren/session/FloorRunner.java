package se.samtalsledaren.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.SpeakingTurn;

/**
 * The floor of one session: the queue of raised hands, who speaks, the speaking slots, rounds,
 * airtime and the suggestion of who should speak next. It keeps no state of its own: the floor
 * is part of the one immutable session that the {@link SessionRunner} holds, so every change
 * here reaches the runner's listeners, and the runner's phase flow (a phase change splits a
 * running turn, a pause stops it) acts on the same floor. Every reading of time is the runner's
 * {@link SessionRunner#now()}, from its injected clock. Not thread-safe, like the runner.
 */
public final class FloorRunner {
    private final SessionRunner runner;

    public FloorRunner(SessionRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The floor as it is now. */
    public Floor state() {
        return runner.session().floor();
    }

    private void setFloor(Floor f) {
        runner.update(runner.session().withFloor(f));
    }

    private Participant participant(String participantId) {
        return runner.session().participant(participantId)
                .orElseThrow(() -> new IllegalArgumentException("no participant " + participantId));
    }

    /** Puts a raised hand at the end of the queue; a hand already queued stays where it is. */
    public void raiseHand(String participantId) {
        participant(participantId);
        Floor f = state();
        if (!f.queue().contains(participantId)) {
            setFloor(f.withQueue(Lists.append(f.queue(), participantId)));
        }
    }

    /** Takes a hand off the queue (no-op when not queued). */
    public void lowerHand(String participantId) {
        Floor f = state();
        if (f.queue().contains(participantId)) {
            List<String> q = new ArrayList<>(f.queue());
            q.remove(participantId);
            setFloor(q.isEmpty() && f.speaker() == null ? f.withQueue(q).withRound(false, 0) : f.withQueue(q));
        }
    }

    /** Raises the hand, or lowers it when already raised (one key per participant). */
    public void toggleHand(String participantId) {
        if (state().queue().contains(participantId)) {
            lowerHand(participantId);
        } else {
            raiseHand(participantId);
        }
    }

    /** Moves a queued hand up (negative) or down (positive). */
    public void moveInQueue(String participantId, int delta) {
        Floor f = state();
        setFloor(f.withQueue(Lists.moveBy(f.queue(), id -> id, participantId, delta)));
    }

    public void clearQueue() {
        setFloor(state().withQueue(List.of()).withRound(false, 0));
    }

    /**
     * Hands the floor over: the current speaker's slot ends and the first in the queue gets the
     * floor with the clock running. With an empty queue the floor is simply free again.
     */
    public void handOver() {
        Floor f = endSlot(state(), runner.now());
        if (f.queue().isEmpty()) {
            setFloor(f.withRound(false, 0));
            return;
        }
        giveFloor(f, f.queue().get(0));
    }

    /** Gives the floor to a participant out of turn (taking their hand off the queue), clock running. */
    public void giveFloorTo(String participantId) {
        participant(participantId);
        giveFloor(endSlot(state(), runner.now()), participantId);
    }

    private void giveFloor(Floor f, String participantId) {
        List<String> q = new ArrayList<>(f.queue());
        q.remove(participantId);
        Floor next = f.withQueue(q).withSpeaker(participantId, f.lastSlot() + 1);
        if (!runner.running()) {
            runner.start();
        }
        setFloor(openTurn(next, runner.now()));
    }

    /**
     * The one start/stop key: stops a running speaker, restarts a stopped one, or, when nobody
     * has the floor, hands it to the first in the queue.
     */
    public void toggleSpeaking() {
        Floor f = state();
        if (f.speaker() == null) {
            if (!f.queue().isEmpty()) {
                handOver();
            }
        } else if (f.speaking()) {
            setFloor(stopTurn(f, runner.now()));
        } else {
            if (!runner.running()) {
                runner.start();
            }
            setFloor(openTurn(state(), runner.now()));
        }
    }

    /** Ends the current speaker's slot without calling anyone. */
    public void endSlot() {
        Floor f = state();
        if (f.speaker() != null) {
            Floor ended = endSlot(f, runner.now());
            setFloor(ended.queue().isEmpty() ? ended.withRound(false, 0) : ended);
        }
    }

    /**
     * Starts a round: everyone in turn, one slot each, in participant order beginning with
     * {@code firstId} (or the first participant). Replaces the queue; hand over to begin.
     */
    public void startRound(String firstId) {
        List<String> order = new ArrayList<>();
        List<Participant> ps = runner.session().participants();
        int from = 0;
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).id().equals(firstId)) {
                from = i;
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            order.add(ps.get((from + i) % ps.size()).id());
        }
        if (!order.isEmpty()) {
            setFloor(state().withQueue(order).withRound(true, order.size()));
        }
    }

    public void cancelRound() {
        if (state().round()) {
            clearQueue();
        }
    }

    /** How many of the round's slots have been given so far (including the current one). */
    public int roundPosition() {
        Floor f = state();
        return f.round() ? f.roundSize() - f.queue().size() : 0;
    }

    public void setSlotSeconds(int seconds) {
        Floor f = state();
        setFloor(f.withSlotSeconds(seconds, f.stepSlotSeconds()));
    }

    /** A slot length for one phase, or with {@code seconds} null the session's default again. */
    public void setSlotSeconds(Phase phase, Integer seconds) {
        Floor f = state();
        Map<Phase, Integer> perStep = new EnumMap<>(Phase.class);
        perStep.putAll(f.stepSlotSeconds());
        if (seconds == null || seconds == f.slotSeconds()) {
            perStep.remove(phase);
        } else {
            perStep.put(phase, seconds);
        }
        setFloor(f.withSlotSeconds(f.slotSeconds(), perStep));
    }

    public Duration slotLength() {
        return Duration.ofSeconds(state().slotSeconds(runner.current()));
    }

    /** Time the current speaker has spoken in this slot, counting a running turn up to now. */
    public Duration slotElapsed() {
        Floor f = state();
        if (f.speaker() == null) {
            return Duration.ZERO;
        }
        Instant t = runner.now();
        Duration d = Duration.ZERO;
        for (int i = f.log().size() - 1; i >= 0 && f.log().get(i).slot() == f.slot(); i--) {
            d = d.plus(f.log().get(i).length(t));
        }
        return d;
    }

    /** Slot length minus what is spoken; negative in overrun. */
    public Duration slotRemaining() {
        return slotLength().minus(slotElapsed());
    }

    public SlotLevel slotLevel() {
        return state().speaker() == null ? SlotLevel.IDLE : SlotLevel.of(slotRemaining().toMillis());
    }

    public Airtime airtime() {
        return Airtime.of(runner.session(), runner.now());
    }

    /** The waiting participant with the least airtime so far; ties go to the earlier hand. */
    public Optional<String> suggestNext() {
        Airtime a = airtime();
        String best = null;
        Duration least = null;
        for (String id : state().queue()) {
            Duration d = a.of(id).time();
            if (least == null || d.compareTo(least) < 0) {
                best = id;
                least = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private Floor openTurn(Floor f, Instant t) {
        if (f.speaking() || f.speaker() == null) {
            return f;
        }
        return f.withLog(Lists.append(f.log(), new SpeakingTurn(f.slot(), f.speaker(), runner.current(), t, null)));
    }

    /** The floor with the running turn (if any) closed at {@code t}: a pause stops the speaker. */
    static Floor stopTurn(Floor f, Instant t) {
        if (!f.speaking()) {
            return f;
        }
        List<SpeakingTurn> log = new ArrayList<>(f.log());
        int last = log.size() - 1;
        log.set(last, log.get(last).closedAt(t));
        return f.withLog(log);
    }

    /**
     * The floor when the session moves to {@code target} at {@code t}: a speaker who is speaking
     * goes on in the new phase, the turn split there so that per-phase airtime is exact.
     */
    static Floor continueIn(Floor f, Phase target, Instant t) {
        if (!f.speaking()) {
            return f;
        }
        Floor stopped = stopTurn(f, t);
        return stopped.withLog(Lists.append(stopped.log(), new SpeakingTurn(stopped.slot(), stopped.speaker(), target, t, null)));
    }

    private static Floor endSlot(Floor f, Instant t) {
        return stopTurn(f, t).withSpeaker(null, 0);
    }
}
