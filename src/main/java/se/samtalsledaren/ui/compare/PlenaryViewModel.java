package se.samtalsledaren.ui.compare;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.ui.UiText;

/**
 * The plenary view for the projector: one step at a time (steps 1–5, then the agreements), one
 * column per group, following the comparison window's groupings as they are corrected.
 */
public final class PlenaryViewModel {
    /** The pages, in order. */
    public static final List<Phase> PAGES = List.of(Phase.STEP_1, Phase.STEP_2, Phase.STEP_3, Phase.STEP_4, Phase.STEP_5, Phase.CLOSING);

    private final ReadOnlyObjectProperty<Comparison> comparison;
    private final UiText text;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);

    public PlenaryViewModel(ReadOnlyObjectProperty<Comparison> comparison, UiText text) {
        this.comparison = comparison;
        this.text = text;
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(PAGES.size() - 1);
    }

    /** Shows page {@code i} (0-based), kept within the pages. */
    public void go(int i) {
        index.set(Math.max(0, Math.min(PAGES.size() - 1, i)));
    }

    public Phase phase() {
        return PAGES.get(index.get());
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison;
    }

    /** "Steg 3 av 5: Tänkbara lösningar", or the agreements' title. */
    public StringBinding title() {
        return Bindings.createStringBinding(() -> phase().isStep()
                ? text.get("plenary.stepTitle", phase().step(), text.get("plenary.phase." + phase().key()))
                : text.get("plenary.phase." + phase().key()), index);
    }

    /** "3 / 6". */
    public StringBinding counter() {
        return Bindings.createStringBinding(() -> text.get("plenary.counter", index.get() + 1, PAGES.size()), index);
    }

    /** "Case 11: Tuffa strukturbeslut slår olika · 3 grupper". */
    public StringBinding caseLine() {
        return Bindings.createStringBinding(() -> comparison.get() == null ? "" : text.get("plenary.case",
                comparison.get().caseRef().number(), comparison.get().caseRef().title(), comparison.get().groups().size()),
                comparison);
    }
}
