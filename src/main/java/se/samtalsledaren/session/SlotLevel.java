package se.samtalsledaren.session;

/** The state of a speaking slot, shown as a colour: the slot informs, it never cuts anyone off. */
public enum SlotLevel {
    /** Nobody has the floor. */
    IDLE,
    /** Time left in the slot. */
    NORMAL,
    /** The last {@link #WARNING_SECONDS} seconds. */
    WARNING,
    /** The slot is used up; the speaker goes on as long as the facilitator lets them. */
    OVERRUN;

    public static final int WARNING_SECONDS = 15;

    /** The level for a slot with {@code remainingMillis} left. */
    public static SlotLevel of(long remainingMillis) {
        if (remainingMillis <= 0) {
            return OVERRUN;
        }
        return remainingMillis <= WARNING_SECONDS * 1000L ? WARNING : NORMAL;
    }
}
