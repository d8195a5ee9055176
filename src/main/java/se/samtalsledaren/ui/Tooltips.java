package se.samtalsledaren.ui;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control. A tooltip is a popup window;
 * making one for every control and list cell shown at start cost the first frame ~40 ms.
 */
public final class Tooltips {
    private Tooltips() {}

    /**
     * Gives {@code control} a tooltip with the text {@code text} supplies, made on first hover. The
     * text is asked for then; null means no tooltip (yet). A tooltip once made keeps its text: a
     * control whose text changes (a reused list cell) sets it with {@link #update}.
     */
    public static void onFirstHover(Control control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String t = text.get();
            if (t != null && control.getTooltip() == null) {
                control.setTooltip(new Tooltip(t));
            }
        });
    }

    /** Sets the text of the control's tooltip if it has been made; removes it for null. */
    public static void update(Control control, String text) {
        if (text == null) {
            control.setTooltip(null);
        } else if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
        }
    }
}
