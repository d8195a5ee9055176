package se.samtalsledaren.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Planned minutes per phase and the session's total length. The plan need not add up to the
 * total; {@link #sum()} against {@link #totalMinutes()} is shown to the facilitator.
 */
public record TimePlan(int totalMinutes, Map<Phase, Integer> minutes) {
    /** Weights of the default plan, in minutes of a 90-minute session. */
    private static final int[] DEFAULT_90 = {10, 15, 12, 18, 13, 15, 7};

    public TimePlan {
        if (totalMinutes < 1 || totalMinutes > 24 * 60) {
            throw new IllegalArgumentException("total must be 1..1440 minutes, was " + totalMinutes);
        }
        Objects.requireNonNull(minutes, "minutes");
        EnumMap<Phase, Integer> copy = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            int m = minutes.getOrDefault(p, 0);
            if (m < 0 || m > 24 * 60) {
                throw new IllegalArgumentException(p.key() + " must be 0..1440 minutes, was " + m);
            }
            copy.put(p, m);
        }
        minutes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A sensible plan for a session of {@code total} minutes: the 90-minute plan (10 min
     * preparation, 15/12/18/13/15 for the steps, 7 for closing) scaled, in whole minutes, adding
     * up exactly to the total.
     */
    public static TimePlan defaultFor(int total) {
        EnumMap<Phase, Integer> m = new EnumMap<>(Phase.class);
        int assigned = 0;
        Phase[] phases = Phase.values();
        for (int i = 0; i < phases.length; i++) {
            int value = (int) Math.round(DEFAULT_90[i] * total / 90.0);
            m.put(phases[i], value);
            assigned += value;
        }
        // Rounding error goes to (or comes from) step 3, the largest discussion step.
        m.put(Phase.STEP_3, Math.max(0, m.get(Phase.STEP_3) + total - assigned));
        return new TimePlan(total, m);
    }

    public int plannedMinutes(Phase p) {
        return minutes.get(p);
    }

    public int sum() {
        return minutes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public TimePlan with(Phase p, int value) {
        EnumMap<Phase, Integer> m = new EnumMap<>(minutes);
        m.put(p, value);
        return new TimePlan(totalMinutes, m);
    }

    public TimePlan withTotal(int total) {
        return new TimePlan(total, minutes);
    }

    /** Minutes over (positive) or under (negative) the total. */
    public int overTotal() {
        return sum() - totalMinutes;
    }

    /**
     * Whether step 5 (konsekvenser) gets little time: under 10 minutes or under 15 % of the
     * discussion steps' time. The report names consequences as the step groups tend to skip.
     */
    public boolean consequencesShortchanged() {
        int steps = 0;
        for (Phase p : Phase.values()) {
            if (p.isStep()) {
                steps += minutes.get(p);
            }
        }
        int five = minutes.get(Phase.STEP_5);
        return five < 10 || five * 100 < steps * 15;
    }
}
