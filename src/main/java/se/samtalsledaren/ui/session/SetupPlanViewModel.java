package se.samtalsledaren.ui.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.ui.UiText;

/**
 * The time plan of the session set-up: the total length and the minutes per phase as typed (never
 * changed behind the user's back), their sum, the defaults and the teaching notes' minutes, the
 * step-5 warning, and what keeps the plan from being run.
 */
public final class SetupPlanViewModel {
    private final UiText text;
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final Map<Phase, IntegerProperty> minutes = new EnumMap<>(Phase.class);
    private final IntegerBinding sum;
    private final StringBinding problem;
    /** The case's teaching notes; their suggested minutes can replace the plan. */
    private final ObjectProperty<TeachingNotes> teachingNotes = new SimpleObjectProperty<>(TeachingNotes.NONE);

    /** @param plan the plan the form starts with (the user's default) */
    public SetupPlanViewModel(TimePlan plan, UiText text) {
        this.text = text;
        for (Phase p : Phase.values()) {
            minutes.put(p, new SimpleIntegerProperty(plan.plannedMinutes(p)));
        }
        total.set(plan.totalMinutes());
        IntegerProperty[] all = minutes.values().toArray(IntegerProperty[]::new);
        sum = Bindings.createIntegerBinding(() -> minutes.values().stream().mapToInt(IntegerProperty::get).sum(), all);
        Observable[] figures = new Observable[all.length + 1];
        System.arraycopy(all, 0, figures, 0, all.length);
        figures[all.length] = total;
        problem = Bindings.createStringBinding(this::findProblem, figures);
    }

    /**
     * What makes the plan unusable, or "" when it can be run: the first problem found. The figures'
     * ranges are the plan's own rule ({@link TimePlan#check}); a plan of 0 minutes or more minutes
     * than its length is refused here as well.
     */
    private String findProblem() {
        List<TimePlan.Issue> issues = issues();
        if (!issues.isEmpty()) {
            Phase phase = issues.get(0).phase();
            return phase == null ? text.get("session.setup.totalRange", TimePlan.MAX_MINUTES)
                    : text.get("session.setup.minutesRange", name(phase), TimePlan.MAX_MINUTES);
        }
        if (sum.get() == 0) {
            return text.get("session.setup.sumZero");
        }
        if (sum.get() > total.get()) {
            return text.get("session.setup.sumOverBlocks", sum.get() - total.get());
        }
        return "";
    }

    /** A phase's name in the plan. */
    public String name(Phase p) {
        return text.get(p == Phase.CLOSING ? "session.setup.closing" : "phase." + p.key());
    }

    /** What {@link TimePlan#check} finds wrong with the figures as typed. */
    private List<TimePlan.Issue> issues() {
        Map<Phase, Integer> typed = new EnumMap<>(Phase.class);
        minutes.forEach((p, m) -> typed.put(p, m.get()));
        return TimePlan.check(total.get(), typed);
    }

    /** Whether the total length breaks the plan's rule (1–{@value TimePlan#MAX_MINUTES} minutes). */
    public boolean totalInvalid() {
        return issues().stream().anyMatch(i -> i.phase() == null);
    }

    /** Whether a phase's minutes break the plan's rule (0–{@value TimePlan#MAX_MINUTES}). */
    public boolean minutesInvalid(Phase p) {
        return issues().stream().anyMatch(i -> i.phase() == p);
    }

    /** Sets every phase to the default plan for the current total. */
    public void applyDefaults() {
        TimePlan plan = TimePlan.defaultFor(Math.max(1, Math.min(TimePlan.MAX_MINUTES, total.get())));
        minutes.forEach((p, m) -> m.set(plan.plannedMinutes(p)));
    }

    /**
     * Takes over the teaching notes' suggested minutes: phases with a suggestion get it, the
     * others keep theirs; with all seven suggested, the total becomes their sum.
     */
    public void applyTeachingNotes() {
        TimePlan plan = teachingNotes.get().applyTo(plan());
        total.set(plan.totalMinutes());
        minutes.forEach((p, m) -> m.set(plan.plannedMinutes(p)));
    }

    public BooleanBinding hasSuggestedMinutes() {
        return Bindings.createBooleanBinding(() -> !teachingNotes.get().suggestedMinutes().isEmpty(), teachingNotes);
    }

    public ObjectProperty<TeachingNotes> teachingNotesProperty() {
        return teachingNotes;
    }

    /** The plan as entered, each figure brought into what a plan holds (check {@link #problem()} first). */
    public TimePlan plan() {
        Map<Phase, Integer> m = new EnumMap<>(Phase.class);
        minutes.forEach((p, v) -> m.put(p, Math.max(0, Math.min(TimePlan.MAX_MINUTES, v.get()))));
        return new TimePlan(Math.max(1, Math.min(TimePlan.MAX_MINUTES, total.get())), m);
    }

    public BooleanBinding step5Shortchanged() {
        return Bindings.createBooleanBinding(() -> plan().consequencesShortchanged(), sum);
    }

    /** What is wrong with the plan ("" when nothing). */
    public StringBinding problem() {
        return problem;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty minutesProperty(Phase p) {
        return minutes.get(p);
    }

    public IntegerBinding sum() {
        return sum;
    }
}
