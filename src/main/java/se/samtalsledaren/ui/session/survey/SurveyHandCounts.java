package se.samtalsledaren.ui.session.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.ui.UiText;

/**
 * A survey answered without phones: the counts per answer and role for the selected question in
 * the hand-entry round (a show of hands, paper), entered by the facilitator.
 */
public final class SurveyHandCounts {
    private final SurveyRunner survey;
    private final ReadOnlyObjectProperty<SurveyQuestion> selected;
    private final UiText text;
    private final Consumer<Runnable> refusable;
    private final ObjectProperty<BeforeAfter> round = new SimpleObjectProperty<>(BeforeAfter.BEFORE);
    private final List<Runnable> listeners = new ArrayList<>();

    /** @param refusable runs a change of the survey, saying why when it is refused */
    SurveyHandCounts(SurveyRunner survey, ReadOnlyObjectProperty<SurveyQuestion> selected, UiText text, Consumer<Runnable> refusable) {
        this.survey = survey;
        this.selected = selected;
        this.text = text;
        this.refusable = refusable;
        round.addListener((o, a, b) -> changed());
    }

    /** The round the counts are entered for. */
    public ObjectProperty<BeforeAfter> roundProperty() {
        return round;
    }

    /** How many of {@code role} gave {@code value} to the selected question in the hand-entry round. */
    public int count(Role role, int value) {
        SurveyQuestion q = selected.get();
        return q == null ? 0 : survey.state().round(round.get()).map(r -> r.counts(q.id(), role).of(value)).orElse(0);
    }

    /** Sets a count by hand for the selected question in the hand-entry round. */
    public void setCount(Role role, int value, int count) {
        SurveyQuestion q = selected.get();
        if (q != null && count(role, value) != count) {
            refusable.accept(() -> survey.setCount(round.get(), q.id(), role, value, count));
        }
    }

    /** Whether counts can be entered: the hand-entry round has run or runs, and a question is selected. */
    public boolean canEnter() {
        return selected.get() != null && survey.state().round(round.get()).isPresent();
    }

    /** Runs {@code refresh} whenever the counts (or the question or round they are of) may have changed. */
    public void onChange(Runnable refresh) {
        listeners.add(refresh);
    }

    void changed() {
        listeners.forEach(Runnable::run);
    }

    /** The roles whose counts can be entered by hand. */
    public List<Role> roles() {
        return List.of(Role.FORTROENDEVALD, Role.TJANSTEPERSON, Role.ANNAN);
    }

    public String roleName(Role r) {
        return text.get("results.role." + r.key());
    }

    public String answerName(int value) {
        return text.get("survey.answer." + value);
    }
}
