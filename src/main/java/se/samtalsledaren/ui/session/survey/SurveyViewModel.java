package se.samtalsledaren.ui.session.survey;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.model.SurveyTemplate;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.results.Refusals;
import se.samtalsledaren.ui.results.RoomBoard;
import se.samtalsledaren.ui.results.SurveyChart;
import se.samtalsledaren.ui.session.SessionViewModel;

/**
 * The facilitator's side of the pulse survey: choose a template, reword, add, move and remove
 * questions until a round has run, keep the questions as a template of one's own, run the före
 * and efter rounds, read the results of a question (the roles' distributions side by side, the
 * mean per role, the shift, "för få svar" below three answers), pick comments as quotes, enter
 * counts by hand, and put a question's results on the projector.
 */
public final class SurveyViewModel {
    /** The answers in the order results list them: 1..5, then vet inte. */
    public static final List<Integer> ANSWERS = List.of(1, 2, 3, 4, 5, SurveyScale.DONT_KNOW);

    /** A comment with the round it came in. */
    public record CommentRow(BeforeAfter when, SurveyComment comment) {}

    private final SurveyRunner survey;
    private final SessionViewModel session;
    private final UiText text;
    private final SurveyCharts charts;
    private final SurveyTemplateShelf shelf;
    private final RoomBoard board;
    private final DateTimeFormatter time;

    private final ObservableList<SurveyQuestion> questions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper anyOpen = new ReadOnlyBooleanWrapper();
    private final Map<BeforeAfter, ReadOnlyBooleanWrapper> roundOpen = new EnumMap<>(BeforeAfter.class);
    private final Map<BeforeAfter, ReadOnlyBooleanWrapper> roundRan = new EnumMap<>(BeforeAfter.class);
    private final Map<BeforeAfter, ReadOnlyStringWrapper> roundState = new EnumMap<>(BeforeAfter.class);
    private final ObjectProperty<SurveyQuestion> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SurveyChart> chart = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CommentRow> comments = FXCollections.observableArrayList();
    private final BooleanProperty projected = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final SurveyHandCounts hand;

    public SurveyViewModel(SurveyRunner survey, SessionViewModel session, UiText text, SurveyTemplates templateStore,
                           Background background, RoomBoard board, ZoneId zone) {
        this.survey = survey;
        this.session = session;
        this.text = text;
        this.charts = new SurveyCharts(text);
        this.shelf = new SurveyTemplateShelf(survey, templateStore, background, text, message::set);
        this.hand = new SurveyHandCounts(survey, selected, text, this::refusable);
        this.board = board;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        for (BeforeAfter b : BeforeAfter.values()) {
            roundOpen.put(b, new ReadOnlyBooleanWrapper());
            roundRan.put(b, new ReadOnlyBooleanWrapper());
            roundState.put(b, new ReadOnlyStringWrapper(""));
        }
        selected.addListener((o, a, b) -> refreshQuestion());
        projected.addListener((o, a, b) -> project());
        // Another result put on the wall takes this one's place.
        board.shownProperty().addListener((o, was, now) -> {
            if (now != null && !(now instanceof SurveyChart)) {
                projected.set(false);
            }
        });
        session.onChange(this::sync);
        sync();
    }

    private void sync() {
        Survey s = survey.state();
        if (!s.questions().equals(questions)) {
            String keep = selected.get() == null ? null : selected.get().id();
            questions.setAll(s.questions());
            selected.set(keep == null ? null : s.question(keep).orElse(null));
        }
        title.set(s.title());
        locked.set(s.locked());
        anyOpen.set(s.openRound().isPresent());
        for (BeforeAfter b : BeforeAfter.values()) {
            var round = s.round(b);
            roundOpen.get(b).set(round.map(SurveyRound::open).orElse(false));
            roundRan.get(b).set(round.isPresent());
            roundState.get(b).set(round.map(this::roundText).orElse(text.get("survey.round.notRun")));
        }
        summary.set(s.questions().isEmpty() ? text.get("survey.summary.none")
                : s.openRound().map(r -> text.get("survey.summary.open", roundName(r.when()), r.allRespondents()))
                        .orElse(text.get("survey.summary.questions", s.questions().size())));
        refreshQuestion();
    }

    private String roundText(SurveyRound r) {
        String phones = text.get("survey.round.phones", r.allRespondents(), r.respondents(Role.FORTROENDEVALD),
                r.respondents(Role.TJANSTEPERSON));
        return r.open() ? text.get("survey.round.open", time.format(r.opened()), phones)
                : text.get("survey.round.closed", time.format(r.opened()), time.format(r.closed()), phones);
    }

    private void refreshQuestion() {
        SurveyQuestion q = selected.get();
        Survey s = survey.state();
        SurveyChart c = q == null ? null : chart(s, q);
        if (!Objects.equals(c, chart.get())) {
            chart.set(c);
        }
        List<CommentRow> rows = new ArrayList<>();
        if (q != null) {
            for (SurveyRound r : s.rounds()) {
                r.comments(q.id()).forEach(c2 -> rows.add(new CommentRow(r.when(), c2)));
            }
        }
        if (!rows.equals(comments)) {
            comments.setAll(rows);
        }
        project();
        hand.changed();
    }

    /** The question's results: per round that ran, the roles side by side; the shift when both ran. */
    SurveyChart chart(Survey s, SurveyQuestion q) {
        return charts.chart(s, q);
    }

    private void project() {
        if (projected.get() && chart.get() != null && !chart.get().rounds().isEmpty()) {
            board.show(chart.get());
        } else {
            board.clear(SurveyChart.class);
        }
    }

    public String roundName(BeforeAfter b) {
        return charts.roundName(b);
    }

    // ---- templates and questions ------------------------------------------------------------

    /** Reads the bundled templates and the facilitator's own, in the background. */
    public void loadTemplates() {
        shelf.load();
    }

    public void useTemplate(SurveyTemplate t) {
        if (t != null) {
            refusable(() -> survey.useTemplate(t));
        }
    }

    public void setTitle(String t) {
        if (!Objects.equals(t == null ? "" : t.strip(), title.get())) {
            refusable(() -> survey.setTitle(t));
        }
    }

    public void addQuestion(String questionText) {
        refusable(() -> selected.set(survey.addQuestion(questionText)));
    }

    public void rewordSelected(String questionText) {
        SurveyQuestion q = selected.get();
        if (q != null) {
            refusable(() -> survey.rewordQuestion(q.id(), questionText));
        }
    }

    public void removeSelected() {
        SurveyQuestion q = selected.get();
        if (q != null) {
            refusable(() -> survey.removeQuestion(q.id()));
        }
    }

    public void moveSelected(int delta) {
        SurveyQuestion q = selected.get();
        if (q != null) {
            refusable(() -> survey.moveQuestion(q.id(), delta));
        }
    }

    /** Keeps the questions as a template of the facilitator's own (written in the background). */
    public void saveAsTemplate(String name) {
        shelf.save(name);
    }

    // ---- rounds, counts, comments -------------------------------------------------------------

    /** Opens the round (again), or closes it when it is open. */
    public void toggleRound(BeforeAfter when) {
        refusable(() -> {
            if (roundOpen.get(when).get()) {
                survey.closeRound();
            } else {
                survey.openRound(when);
                hand.roundProperty().set(when);
            }
        });
        if (selected.get() == null && !questions.isEmpty()) {
            selected.set(questions.get(0));
        }
    }

    public void setQuoted(CommentRow row, boolean quoted) {
        if (row.comment().quoted() != quoted) {
            refusable(() -> survey.setQuoted(row.when(), row.comment().id(), quoted));
        }
    }

    private void refusable(Runnable action) {
        Refusals.run(text, message, action);
    }

    // ---- properties ---------------------------------------------------------------------------

    public ObservableList<SurveyTemplate> templates() {
        return shelf.templates();
    }

    public ObservableList<SurveyQuestion> questions() {
        return questions;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True once a round has run: the questions can no longer change. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty anyOpenProperty() {
        return anyOpen.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty roundOpenProperty(BeforeAfter when) {
        return roundOpen.get(when).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty roundRanProperty(BeforeAfter when) {
        return roundRan.get(when).getReadOnlyProperty();
    }

    /** "Pågår sedan 09:05 · 12 svar från telefoner (…)" or "Inte körd". */
    public ReadOnlyStringProperty roundStateProperty(BeforeAfter when) {
        return roundState.get(when).getReadOnlyProperty();
    }

    public ObjectProperty<SurveyQuestion> selectedProperty() {
        return selected;
    }

    /** The selected question's results, or null. */
    public ReadOnlyObjectProperty<SurveyChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The selected question's comments, from every round. */
    public ObservableList<CommentRow> comments() {
        return comments;
    }

    /** Counts entered by hand (a show of hands, paper) for the selected question. */
    public SurveyHandCounts hand() {
        return hand;
    }

    /** Whether the selected question's results are on the projector. */
    public BooleanProperty projectedProperty() {
        return projected;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One line for the panel's title: how many questions, or which round runs. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    Locale locale() {
        return text.locale();
    }
}
