package se.samtalsledaren.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.samtalsledaren.export.Block.Bar;
import se.samtalsledaren.export.Block.BarChart;
import se.samtalsledaren.export.Block.Column;
import se.samtalsledaren.export.Block.Heading;
import se.samtalsledaren.export.Block.Item;
import se.samtalsledaren.export.Block.ItemList;
import se.samtalsledaren.export.Block.Paragraph;
import se.samtalsledaren.export.Block.Table;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.session.SurveyResults;

/**
 * The pulse survey in the session notes, as the slides show it: per question and round the
 * distribution of the answers with the roles side by side (a chart, its figures as a table with
 * the number of answers and the mean per role), the shift per role from före to efter, and the
 * comments the facilitator picked as quotes (only those). A role with fewer than
 * {@link SurveyResults#MIN_PER_ROLE} answers shows "för få svar" instead of figures.
 */
final class SurveySection {
    /** The answers in the order the charts and tables list them: 1..5, then vet inte. */
    private static final int[] ANSWERS = {1, 2, 3, 4, 5, SurveyScale.DONT_KNOW};

    private final Labels labels;
    private final DateTimeFormatter timeOfDay;

    SurveySection(Labels labels, DateTimeFormatter timeOfDay) {
        this.labels = labels;
        this.timeOfDay = timeOfDay;
    }

    void add(Survey survey, List<Block> b) {
        if (survey.questions().isEmpty()) {
            return;
        }
        b.add(new Heading(2, survey.title().isBlank() ? labels.get("survey.untitled") : labels.get("survey", survey.title())));
        List<SurveyRound> rounds = SurveyResults.rounds(survey);
        if (rounds.isEmpty()) {
            b.add(new Paragraph(labels.get("survey.noRounds")));
            return;
        }
        List<Role> roles = SurveyResults.roles(survey);
        b.add(new Paragraph(labels.get("survey.intro", SurveyResults.MIN_PER_ROLE)));
        for (SurveyRound r : rounds) {
            b.add(new Paragraph(roundInfo(r, roles), Paragraph.Style.SMALL));
        }
        for (SurveyQuestion q : survey.questions()) {
            b.add(new Heading(3, q.label()));
            for (SurveyRound r : rounds) {
                b.add(chart(survey, r, q, roles));
            }
            List<SurveyComment> quotes = rounds.stream().flatMap(r -> r.comments(q.id()).stream()).filter(SurveyComment::quoted).toList();
            if (!quotes.isEmpty()) {
                b.add(new Paragraph(labels.get("survey.quotes") + ":", Paragraph.Style.NORMAL));
                b.add(new ItemList(false, quotes.stream().map(c -> new Item("”" + c.text() + "”", "")).toList()));
            }
        }
        if (SurveyResults.bothRounds(survey)) {
            shift(survey, roles, b);
        }
    }

    private String round(SurveyRound r) {
        return labels.get("survey.round." + r.when().key());
    }

    private String roleName(Role r) {
        return labels.get("roles." + r.key());
    }

    private String roundInfo(SurveyRound r, List<Role> roles) {
        String end = r.open() ? labels.get("survey.round.running") : timeOfDay.format(r.closed());
        List<String> parts = new ArrayList<>();
        for (Role role : roles) {
            parts.add(roleName(role).toLowerCase(labels.language()) + " " + r.respondents(role));
        }
        String phones = r.allRespondents() == 0 ? labels.get("survey.round.noPhones")
                : labels.get("survey.round.phones", String.join(", ", parts));
        return labels.get("survey.round.info", round(r), timeOfDay.format(r.opened()), end, phones);
    }

    private BarChart chart(Survey survey, SurveyRound round, SurveyQuestion q, List<Role> roles) {
        List<SurveyResults.RoleResult> results = roles.stream().map(role -> SurveyResults.of(survey, round.when(), q.id(), role)).toList();
        String caption = labels.get("survey.chart", round(round));
        String unit = labels.get("survey.unit");
        List<Bar> bars = new ArrayList<>();
        for (int value : ANSWERS) {
            boolean first = true;
            for (int i = 0; i < roles.size(); i++) {
                SurveyResults.RoleResult res = results.get(i);
                if (res.shown()) {
                    // The answer names its group of bars once; the legend tells the roles apart.
                    bars.add(new Bar(first ? answer(value) : "", res.share(value) * 100, Labels.percent(res.share(value)), i));
                    first = false;
                }
            }
        }
        List<String> read = new ArrayList<>();
        for (SurveyResults.RoleResult res : results) {
            List<String> values = new ArrayList<>();
            if (res.shown()) {
                for (int value : ANSWERS) {
                    values.add(answer(value) + " " + Labels.percent(res.share(value)));
                }
                res.mean().ifPresent(m -> values.add(labels.get("survey.mean") + " " + decimal(m)));
            } else {
                values.add(labels.get("survey.tooFew"));
            }
            read.add(labels.get("survey.alt.role", roleName(res.role()), String.join(", ", values)));
        }
        List<String> series = roles.stream().map(this::roleName).toList();
        return new BarChart(caption, unit, series, bars,
                labels.get("chart.alt", q.label() + " " + caption, unit, String.join("; ", read)), figures(results));
    }

    private Table figures(List<SurveyResults.RoleResult> results) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(labels.get("survey.answer"), 5, false));
        results.forEach(r -> columns.add(new Column(roleName(r.role()), 4, true)));
        List<List<String>> rows = new ArrayList<>();
        for (int value : ANSWERS) {
            List<String> row = new ArrayList<>();
            row.add(answer(value));
            for (SurveyResults.RoleResult r : results) {
                row.add(r.shown() ? labels.get("survey.value", Labels.percent(r.share(value)), r.counts().get(SurveyScale.index(value)))
                        : labels.get("survey.tooFew"));
            }
            rows.add(row);
        }
        List<String> answered = new ArrayList<>(List.of(labels.get("survey.answered")));
        List<String> means = new ArrayList<>(List.of(labels.get("survey.mean")));
        for (SurveyResults.RoleResult r : results) {
            answered.add(r.shown() ? Integer.toString(r.answered()) : labels.get("survey.tooFew"));
            means.add(mean(r.mean()));
        }
        rows.add(answered);
        rows.add(means);
        return new Table(columns, rows, false);
    }

    private void shift(Survey survey, List<Role> roles, List<Block> b) {
        b.add(new Heading(3, labels.get("survey.shift")));
        b.add(new Paragraph(labels.get("survey.shift.intro"), Paragraph.Style.SMALL));
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(labels.get("survey.question"), 8, false));
        roles.forEach(r -> columns.add(new Column(roleName(r), 4, true)));
        List<List<String>> rows = new ArrayList<>();
        for (SurveyQuestion q : survey.questions()) {
            List<String> row = new ArrayList<>();
            row.add(q.label());
            for (Role r : roles) {
                OptionalDouble shift = SurveyResults.shift(survey, q.id(), r);
                row.add(shift.isPresent() ? labels.get("survey.shift.value", mean(SurveyResults.of(survey, BeforeAfter.BEFORE, q.id(), r).mean()),
                        mean(SurveyResults.of(survey, BeforeAfter.AFTER, q.id(), r).mean()), signed(shift.getAsDouble())) : labels.get("none"));
            }
            rows.add(row);
        }
        b.add(new Table(columns, rows, false));
    }

    private String answer(int value) {
        return labels.get("survey.answer." + value);
    }

    private String mean(OptionalDouble m) {
        return m.isPresent() ? decimal(m.getAsDouble()) : labels.get("none");
    }

    private String decimal(double v) {
        return SurveyResults.decimal(labels.language(), v);
    }

    private String signed(double v) {
        return SurveyResults.signed(labels.language(), v);
    }
}
