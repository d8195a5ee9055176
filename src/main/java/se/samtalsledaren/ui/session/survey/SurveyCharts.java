package se.samtalsledaren.ui.session.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.session.SurveyResults;
import se.samtalsledaren.ui.UiText;
import se.samtalsledaren.ui.results.ResultCharts;
import se.samtalsledaren.ui.results.SurveyChart;

/** A survey question's results in words and figures, for the session window and the projector. */
final class SurveyCharts {
    private final UiText text;

    SurveyCharts(UiText text) {
        this.text = text;
    }

    /** The question's results: per round that ran, the roles side by side; the shift when both ran. */
    SurveyChart chart(Survey s, SurveyQuestion q) {
        List<String> answers = SurveyViewModel.ANSWERS.stream().map(v -> text.get("survey.answer." + v)).toList();
        List<Role> roles = SurveyResults.roles(s);
        List<SurveyChart.Round> rounds = new ArrayList<>();
        for (SurveyRound r : SurveyResults.rounds(s)) {
            List<SurveyChart.RoleColumn> columns = new ArrayList<>();
            for (Role role : roles) {
                SurveyResults.RoleResult res = SurveyResults.of(s, r.when(), q.id(), role);
                List<Double> shares = new ArrayList<>();
                List<String> figures = new ArrayList<>();
                for (int v : SurveyViewModel.ANSWERS) {
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

    String roundName(BeforeAfter b) {
        return text.get("survey.round." + b.key());
    }
}
