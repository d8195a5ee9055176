package se.samtalsledaren.ui.session.rail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.TimerLevel;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.session.SessionViewModel;

/** The step rail: every phase with its used and planned minutes and its notes; a click goes there. */
public final class StepRailViewModel {
    /** One entry of the rail: the phase's name and its minutes (and notes), whether it is current, its timer level. */
    public record RailItem(Phase phase, String name, String detail, boolean current, TimerLevel level) {}

    private final SessionRunner runner;
    private final SessionViewModel session;
    private final UiText text;
    private final ObservableList<RailItem> items = FXCollections.observableArrayList();

    public StepRailViewModel(SessionRunner runner, SessionViewModel session, UiText text) {
        this.runner = runner;
        this.session = session;
        this.text = text;
        session.onTime(this::refresh);
        refresh();
    }

    /** Recomputes the minutes from the clock; replaces the items only when one of them changed. */
    private void refresh() {
        Phase phase = runner.current();
        List<RailItem> next = new ArrayList<>();
        for (Phase p : Phase.values()) {
            long used = Math.round(runner.elapsed(p).toSeconds() / 60.0);
            int notes = p.isStep() ? runner.session().notesFor(p).size() : 0;
            String name = p == Phase.CLOSING ? text.get("session.setup.closing") : text.get("phase." + p.key());
            String detail = text.get("session.rail.minutes", used, runner.session().plannedMinutes(p))
                    + (notes > 0 ? "  ·  " + text.get("session.rail.notes", notes) : "");
            next.add(new RailItem(p, name, detail, p == phase, runner.level(p)));
        }
        if (!next.equals(items)) {
            items.setAll(next);
        }
    }

    /** Goes to {@code phase}, asking {@code confirm} first when that skips the analysis. */
    public void goTo(Phase phase, BooleanSupplier confirm) {
        session.goTo(phase, confirm);
    }

    public ObservableList<RailItem> items() {
        return items;
    }
}
