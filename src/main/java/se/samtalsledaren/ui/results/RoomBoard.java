package se.samtalsledaren.ui.results;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the facilitator has chosen to put on the room's projector besides the step: a dot vote's
 * result or a survey question's, or nothing. One per session window, shared by the panels that
 * show results and the projector view.
 */
public final class RoomBoard {
    private final ReadOnlyObjectWrapper<Chart> shown = new ReadOnlyObjectWrapper<>();

    /** Puts {@code chart} on the projector (null takes it off). */
    public void show(Chart chart) {
        shown.set(chart);
    }

    /** Takes {@code kind}'s chart off the projector, if one is shown. */
    public void clear(Class<? extends Chart> kind) {
        if (kind.isInstance(shown.get())) {
            shown.set(null);
        }
    }

    public ReadOnlyObjectProperty<Chart> shownProperty() {
        return shown.getReadOnlyProperty();
    }
}
