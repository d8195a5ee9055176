package se.samtalsledaren.session;

/** How close a timer is to its end: shown as a colour change. */
public enum TimerLevel {
    /** More than 20 % of the planned time left. */
    NORMAL,
    /** 20 % or less left. */
    WARNING,
    /** 5 % or less left. */
    CRITICAL,
    /** Planned time used up. */
    OVERRUN;

    /** The level for {@code remaining} out of {@code planned} (both in any one unit). */
    public static TimerLevel of(long remaining, long planned) {
        if (remaining <= 0) {
            return planned <= 0 && remaining == 0 ? NORMAL : OVERRUN;
        }
        if (remaining * 100 <= planned * 5) {
            return CRITICAL;
        }
        if (remaining * 100 <= planned * 20) {
            return WARNING;
        }
        return NORMAL;
    }
}
