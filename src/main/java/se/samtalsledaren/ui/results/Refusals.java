package se.samtalsledaren.ui.results;

import javafx.beans.property.StringProperty;
import se.samtalsledaren.session.Refused;
import se.samtalsledaren.ui.UiText;

/** What the facilitator reads when the vote or the survey refuses an action. */
public final class Refusals {
    private Refusals() {}

    /** The refusal in the facilitator's words. */
    public static String say(UiText text, Refused e) {
        return text.get("refused." + e.reason().name());
    }

    /** Runs {@code action}; {@code message} says why it was refused, or is cleared when it was not. */
    public static void run(UiText text, StringProperty message, Runnable action) {
        try {
            action.run();
            message.set("");
        } catch (Refused e) {
            message.set(say(text, e));
        }
    }
}
