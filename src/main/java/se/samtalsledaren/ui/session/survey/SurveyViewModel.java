package se.samtalsledaren.ui.session.survey;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
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
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.model.SurveyTemplate;
import se.samtalsledaren.session.Refused;
import se.samtalsledaren.session.SurveyResults;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.store.SurveyTemplates;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.concurrent.Background;
import se.samtalsledaren.ui.results.Refusals;
import se.samtalsledaren.ui.results.ResultCharts;
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
    private final SurveyTemplates templateStore;
    private final Background background;
    private final RoomBoard board;
    private final DateTimeFormatter time;

    private final ObservableList<SurveyTemplate> templates = FXCollections.observableArrayList();
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
    private final ObjectProperty<BeforeAfter> handRound = new SimpleObjectProperty<>(BeforeAfter.BEFORE);
    private final BooleanProperty projected = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final List<Runnable> countListeners = new ArrayList<>();

    public SurveyViewModel(SurveyRunner survey, SessionViewModel session, UiText text, SurveyTemplates templateStore,
                           Background background, RoomBoard board, ZoneId zone) {
        this.survey = survey;
        this.session = session;
        this.text = text;
        this.templateStore = templateStore;
        this.background = background;
        this.board = board;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        for (BeforeAfter b : BeforeAfter.values()) {
            roundOpen.put(b, new ReadOnlyBooleanWrapper());
            roundRan.put(b, new ReadOnlyBooleanWrapper());
            roundState.put(b, new ReadOnlyStringWrapper(""));
        }
        selected.addListener((o, a, b) -> refreshQuestion());
        handRound.addListener((o, a, b) -> countListeners.forEach(Runnable::run));
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
        countListeners.forEach(Runnable::run);
    }

    /** The question's results: per round that ran, the roles side by side; the shift when both ran. */
    SurveyChart chart(Survey s, SurveyQuestion q) {
        List<String> answers = ANSWERS.stream().map(v -> text.get("survey.answer." + v)).toList();
        List<Role> roles = SurveyResults.roles(s);
        List<SurveyChart.Round> rounds = new ArrayList<>();
        for (SurveyRound r : SurveyResults.rounds(s)) {
            List<SurveyChart.RoleColumn> columns = new ArrayList<>();
            for (Role role : roles) {
                SurveyResults.RoleResult res = SurveyResults.of(s, r.when(), q.id(), role);
                List<Double> shares = new ArrayList<>();
                List<String> figures = new ArrayList<>();
                for (int v : ANSWERS) {
                    shares.add(res.share(v));
                    figures.add(text.get("survey.share", Math.round(res.share(v) * 100), res.counts().get(SurveyScale.index(v))));
                }
                String heading = text.get("survey.roleHeading", text.get("results.role." + role.key()), res.answered());
                String note = res.shown() ? res.mean().stream().mapToObj(m -> text.get("survey.mean", decimal(m))).findFirst()
                        .orElse(text.get("survey.noMean"))
                        : text.get("survey.tooFew", SurveyResults.MIN_PER_ROLE);
                columns.add(new SurveyChart.RoleColumn(heading, res.shown(), shares, figures, note, ResultCharts.styleKey(role)));
            }
            rounds.add(new SurveyChart.Round(roundName(r.when()) + (r.open() ? " " + text.get("survey.round.running") : ""), columns));
        }
        List<String> shifts = new ArrayList<>();
        if (SurveyResults.bothRounds(s)) {
            for (Role role : roles) {
                OptionalDouble shift = SurveyResults.shift(s, q.id(), role);
                String name = text.get("results.role." + role.key());
                shifts.add(shift.isPresent()
                        ? text.get("survey.shift", name, mean(SurveyResults.of(s, BeforeAfter.BEFORE, q.id(), role).mean()),
                                mean(SurveyResults.of(s, BeforeAfter.AFTER, q.id(), role).mean()), signed(shift.getAsDouble()))
                        : text.get("survey.shift.none", name));
            }
        }
        return new SurveyChart(q.label(), answers, rounds, shifts);
    }

    private String mean(OptionalDouble m) {
        return m.isPresent() ? decimal(m.getAsDouble()) : "–";
    }

    private String decimal(double v) {
        return SurveyResults.decimal(text.locale(), v);
    }

    private String signed(double v) {
        return SurveyResults.signed(text.locale(), v);
    }

    private void project() {
        if (projected.get() && chart.get() != null && !chart.get().rounds().isEmpty()) {
            board.show(chart.get());
        } else {
            board.clear(SurveyChart.class);
        }
    }

    public String roundName(BeforeAfter b) {
        return text.get("survey.round." + b.key());
    }

    // ---- templates and questions ------------------------------------------------------------

    /** Reads the bundled templates and the facilitator's own, in the background. */
    public void loadTemplates() {
        background.run(() -> {
            List<SurveyTemplate> all = new ArrayList<>(templateStore.bundled());
            SurveyTemplates.Own own = templateStore.own();
            all.addAll(own.templates());
            return new Loaded(all, own.problems().isEmpty() ? "" : text.get("survey.templates.unreadable",
                    own.problems().get(0).toString()));
        }, loaded -> {
            templates.setAll(loaded.templates());
            if (!loaded.problem().isEmpty()) {
                message.set(loaded.problem());
            }
        }, e -> message.set(text.get("survey.templates.failed", e.getMessage())));
    }

    private record Loaded(List<SurveyTemplate> templates, String problem) {}

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
        SurveyTemplate t;
        try {
            t = survey.asTemplate(name);
        } catch (Refused e) {
            message.set(Refusals.say(text, e));
            return;
        } catch (IllegalArgumentException e) {
            message.set(text.get("survey.templates.noQuestions"));
            return;
        }
        background.run(() -> templateStore.keep(t), kept -> {
            message.set(text.get("survey.templates.saved", t.name(), templateStore.file()));
            loadTemplates();
        }, e -> message.set(e instanceof FileProblemException f
                ? text.get("survey.templates.unreadable", f.problems().get(0).toString())
                : text.get("survey.templates.failed", e.getMessage())));
    }

    // ---- rounds, counts, comments -------------------------------------------------------------

    /** Opens the round (again), or closes it when it is open. */
    public void toggleRound(BeforeAfter when) {
        refusable(() -> {
            if (roundOpen.get(when).get()) {
                survey.closeRound();
            } else {
                survey.openRound(when);
                handRound.set(when);
            }
        });
        if (selected.get() == null && !questions.isEmpty()) {
            selected.set(questions.get(0));
        }
    }

    /** How many of {@code role} gave {@code value} to the selected question in the hand-entry round. */
    public int count(Role role, int value) {
        SurveyQuestion q = selected.get();
        return q == null ? 0 : survey.state().round(handRound.get()).map(r -> r.counts(q.id(), role).of(value)).orElse(0);
    }

    /** Sets a count by hand (a show of hands, paper) for the selected question in the hand-entry round. */
    public void setCount(Role role, int value, int count) {
        SurveyQuestion q = selected.get();
        if (q != null && count(role, value) != count) {
            refusable(() -> survey.setCount(handRound.get(), q.id(), role, value, count));
        }
    }

    /** Whether counts can be entered: the hand-entry round has run or runs, and a question is selected. */
    public boolean canEnterCounts() {
        return selected.get() != null && survey.state().round(handRound.get()).isPresent();
    }

    /** Runs {@code refresh} whenever the counts (or the question or round they are of) may have changed. */
    public void onCounts(Runnable refresh) {
        countListeners.add(refresh);
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
        return templates;
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

    public ObjectProperty<BeforeAfter> handRoundProperty() {
        return handRound;
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

    /** The roles whose counts can be entered by hand, with their names. */
    public List<Role> roles() {
        return List.of(Role.FORTROENDEVALD, Role.TJANSTEPERSON, Role.ANNAN);
    }

    public String roleName(Role r) {
        return text.get("results.role." + r.key());
    }

    public String answerName(int value) {
        return text.get("survey.answer." + value);
    }

    Locale locale() {
        return text.locale();
    }
}
