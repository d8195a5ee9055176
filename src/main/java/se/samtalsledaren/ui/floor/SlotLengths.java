package se.samtalsledaren.ui.floor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samtalsledaren.model.Floor;

/** Slot lengths as a facilitator reads and types them: "2:00", "1:30", or "3" (minutes). */
final class SlotLengths {
    private static final Pattern M_SS = Pattern.compile("\\s*(\\d{1,2}):([0-5]\\d)\\s*");
    private static final Pattern M = Pattern.compile("\\s*(\\d{1,2})\\s*(min)?\\s*");

    private SlotLengths() {}

    static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    /** The seconds typed, or empty when the text is not a length between the limits. */
    static Optional<Integer> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        int seconds;
        Matcher m = M_SS.matcher(s);
        Matcher minutes = M.matcher(s);
        if (m.matches()) {
            seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        } else if (minutes.matches()) {
            seconds = Integer.parseInt(minutes.group(1)) * 60;
        } else {
            return Optional.empty();
        }
        return seconds < Floor.MIN_SLOT_SECONDS || seconds > Floor.MAX_SLOT_SECONDS ? Optional.empty() : Optional.of(seconds);
    }
}
