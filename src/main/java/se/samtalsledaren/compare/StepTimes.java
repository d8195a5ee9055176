package se.samtalsledaren.compare;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.session.TimeUsed;

/**
 * The time a session used in each phase ({@link TimeUsed}, the session window's computation),
 * against its plan (with minutes added during the session). A segment still open counts up to the
 * end of the session's logs ({@link SessionDocument#end}), never to the wall clock, so a file always
 * gives the same figures.
 *
 * @param used    time used per phase (every phase present, zero when not visited)
 * @param planned planned minutes per phase, added minutes included
 */
public record StepTimes(Map<Phase, Duration> used, Map<Phase, Integer> planned) {
    /** Step 5 got its time when it used at least this share of its planned minutes. */
    public static final double STEP5_ENOUGH = 0.9;

    /** Whether the consequences (step 5) got the time planned for them. */
    public enum Step5 {
        /** At least {@link #STEP5_ENOUGH} of the planned time was used. */
        GOT_ITS_TIME,
        /** Some time, but less than that. */
        SHORT,
        /** Planned, but the group never got there. */
        NOT_REACHED,
        /** No minutes were planned for step 5. */
        NOT_PLANNED
    }

    public StepTimes {
        used = Collections.unmodifiableMap(new EnumMap<>(used));
        planned = Collections.unmodifiableMap(new EnumMap<>(planned));
    }

    public static StepTimes of(Session s) {
        TimeUsed times = TimeUsed.of(s, SessionDocument.end(s));
        EnumMap<Phase, Duration> used = new EnumMap<>(Phase.class);
        EnumMap<Phase, Integer> planned = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            used.put(p, times.phase(p));
            planned.put(p, s.plannedMinutes(p));
        }
        return new StepTimes(used, planned);
    }

    public Duration used(Phase p) {
        return used.get(p);
    }

    public int planned(Phase p) {
        return planned.get(p);
    }

    /** All time used, preparation and closing included. */
    public Duration total() {
        return used.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    public int plannedTotal() {
        return planned.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Step5 step5() {
        int plannedMinutes = planned(Phase.STEP_5);
        Duration u = used(Phase.STEP_5);
        if (plannedMinutes <= 0) {
            return Step5.NOT_PLANNED;
        }
        if (u.isZero()) {
            return Step5.NOT_REACHED;
        }
        return u.toMillis() >= STEP5_ENOUGH * plannedMinutes * 60_000 ? Step5.GOT_ITS_TIME : Step5.SHORT;
    }
}
