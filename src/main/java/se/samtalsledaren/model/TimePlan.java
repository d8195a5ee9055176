package se.samtalsledaren.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Planned minutes per phase and the session's total length. The plan need not add up to the
 * total; {@link #sum()} against {@link #totalMinutes()} is shown to the facilitator.
 */
public record TimePlan(int totalMinutes, Map<Phase, Integer> minutes) {
    /** Weights of the default plan, in minutes of a 90-minute session. */
    private static final int[] DEFAULT_90 = {10, 15, 12, 18, 13, 15, 7};
    /** The longest a session, and so any one phase, may be planned for: a day. */
    public static final int MAX_MINUTES = 24 * 60;

    /** What can be wrong with the minutes someone typed; see {@link #check}. */
    public enum Problem {
        /** The total is under one minute. */
        TOTAL_TOO_SHORT,
        /** The total is over {@link #MAX_MINUTES}. */
        TOTAL_TOO_LONG,
        /** A phase has fewer than 0 minutes. */
        NEGATIVE,
        /** A phase has more than {@link #MAX_MINUTES}. */
        TOO_LONG
    }

    /** One problem of a typed plan: for {@code phase}, or for the total when {@code phase} is null. */
    public record Issue(Phase phase, Problem problem) {}

    public TimePlan {
        Objects.requireNonNull(minutes, "minutes");
        List<Issue> issues = check(totalMinutes, minutes);
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("not a time plan: " + issues + " (total " + totalMinutes + ", " + minutes + ")");
        }
        EnumMap<Phase, Integer> copy = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            copy.put(p, minutes.getOrDefault(p, 0));
        }
        minutes = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The rule every plan follows, for a form to ask before it makes one (the session set-up):
     * a total of 1 to {@link #MAX_MINUTES} minutes and 0 to {@link #MAX_MINUTES} minutes per
     * phase (a missing phase has 0). Empty when {@code total} and {@code minutes} make a plan;
     * a plan need not add up to its total (that is shown, not refused).
     */
    public static List<Issue> check(int total, Map<Phase, Integer> minutes) {
        List<Issue> issues = new ArrayList<>();
        if (total < 1) {
            issues.add(new Issue(null, Problem.TOTAL_TOO_SHORT));
        } else if (total > MAX_MINUTES) {
            issues.add(new Issue(null, Problem.TOTAL_TOO_LONG));
        }
        for (Phase p : Phase.values()) {
            int m = minutes.getOrDefault(p, 0);
            if (m < 0) {
                issues.add(new Issue(p, Problem.NEGATIVE));
            } else if (m > MAX_MINUTES) {
                issues.add(new Issue(p, Problem.TOO_LONG));
            }
        }
        return issues;
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
