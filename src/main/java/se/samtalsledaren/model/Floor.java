package se.samtalsledaren.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who has the floor and who waits for it, and the speaking log the airtime is computed from.
 *
 * @param slotSeconds     the session's default slot length
 * @param stepSlotSeconds slot lengths that differ from the default in some phase
 * @param queue           participant ids of the raised hands, in order
 * @param round           whether the queue is a round (everyone in turn, one slot each)
 * @param roundSize       how many slots the running round started with (0 when no round)
 * @param speaker         the participant who has the floor, or null
 * @param slot            the number of the speaker's slot (0 when nobody has the floor)
 * @param log             every turn, in time order; only the last may be open
 */
public record Floor(
        int slotSeconds,
        Map<Phase, Integer> stepSlotSeconds,
        List<String> queue,
        boolean round,
        int roundSize,
        String speaker,
        int slot,
        List<SpeakingTurn> log) {

    public static final int DEFAULT_SLOT_SECONDS = 120;
    public static final int MIN_SLOT_SECONDS = 10;
    public static final int MAX_SLOT_SECONDS = 3600;

    public static final Floor EMPTY = new Floor(DEFAULT_SLOT_SECONDS, Map.of(), List.of(), false, 0, null, 0, List.of());

    public Floor {
        checkSlot(slotSeconds);
        EnumMap<Phase, Integer> perStep = new EnumMap<>(Phase.class);
        stepSlotSeconds.forEach((p, s) -> perStep.put(Objects.requireNonNull(p), checkSlot(s)));
        stepSlotSeconds = Collections.unmodifiableMap(perStep);
        queue = List.copyOf(queue);
        if (queue.stream().distinct().count() != queue.size()) {
            throw new IllegalArgumentException("a participant is queued at most once");
        }
        if ((speaker == null) != (slot == 0) || slot < 0) {
            throw new IllegalArgumentException("a speaker has a slot number and only a speaker has one");
        }
        if (!round) {
            roundSize = 0;
        }
        log = List.copyOf(log);
        for (int i = 0; i < log.size() - 1; i++) {
            if (log.get(i).open()) {
                throw new IllegalArgumentException("only the last turn may be open");
            }
        }
    }

    private static int checkSlot(int seconds) {
        if (seconds < MIN_SLOT_SECONDS || seconds > MAX_SLOT_SECONDS) {
            throw new IllegalArgumentException("slot length " + seconds + " s outside " + MIN_SLOT_SECONDS + "–" + MAX_SLOT_SECONDS);
        }
        return seconds;
    }

    /** The slot length in a phase. */
    public int slotSeconds(Phase phase) {
        return stepSlotSeconds.getOrDefault(phase, slotSeconds);
    }

    /** Whether the speaker's clock runs (the last turn is open). */
    public boolean speaking() {
        return !log.isEmpty() && log.get(log.size() - 1).open();
    }

    /** The highest slot number used so far. */
    public int lastSlot() {
        int max = slot;
        for (SpeakingTurn t : log) {
            max = Math.max(max, t.slot());
        }
        return max;
    }

    public Floor withSlotSeconds(int seconds, Map<Phase, Integer> perStep) {
        return new Floor(seconds, perStep, queue, round, roundSize, speaker, slot, log);
    }

    public Floor withQueue(List<String> q) {
        return new Floor(slotSeconds, stepSlotSeconds, q, round, roundSize, speaker, slot, log);
    }

    public Floor withRound(boolean r, int size) {
        return new Floor(slotSeconds, stepSlotSeconds, queue, r, size, speaker, slot, log);
    }

    public Floor withSpeaker(String participantId, int slotNumber) {
        return new Floor(slotSeconds, stepSlotSeconds, queue, round, roundSize, participantId, slotNumber, log);
    }

    public Floor withLog(List<SpeakingTurn> l) {
        return new Floor(slotSeconds, stepSlotSeconds, queue, round, roundSize, speaker, slot, l);
    }
}
