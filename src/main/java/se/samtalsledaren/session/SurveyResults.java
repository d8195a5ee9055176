package se.samtalsledaren.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.samtalsledaren.model.AnswerCounts;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;

/**
 * A survey's results as the slides show them: per question and round, the distribution of the
 * answers for each role, the mean per role and, when both rounds ran, the shift per role from före
 * to efter. A role's figures are shown only when at least {@link #MIN_PER_ROLE} of that role
 * answered the question in that round ("för få svar" otherwise), so that nobody's answer can be
 * read off a small group. Pure functions of the survey.
 */
public final class SurveyResults {
    /** The fewest answers of a role whose figures are shown. */
    public static final int MIN_PER_ROLE = 3;

    private SurveyResults() {}

    /**
     * One role's answers to one question in one round.
     *
     * @param counts   how many gave 1..5 and vet inte ({@link SurveyScale} order)
     * @param answered everyone who answered, vet inte included
     * @param shown    whether there are enough answers to show the figures
     */
    public record RoleResult(Role role, List<Integer> counts, int answered, boolean shown) {
        /** How many answered on the scale (not vet inte). */
        public int onScale() {
            return answered - counts.get(SurveyScale.index(SurveyScale.DONT_KNOW));
        }

        /** The share (0..1) of those who answered that gave {@code value}; 0 when nobody answered. */
        public double share(int value) {
            return answered == 0 ? 0 : (double) counts.get(SurveyScale.index(value)) / answered;
        }

        /** The mean of the answers on the scale (vet inte left out); empty when none, or too few answered to show. */
        public OptionalDouble mean() {
            if (!shown || onScale() == 0) {
                return OptionalDouble.empty();
            }
            long sum = 0;
            for (int v = 1; v <= SurveyScale.MAX; v++) {
                sum += (long) v * counts.get(SurveyScale.index(v));
            }
            return OptionalDouble.of((double) sum / onScale());
        }
    }

    /** One role's answers to a question in a round (all zero and not shown when the round has not run). */
    public static RoleResult of(Survey survey, BeforeAfter when, String questionId, Role role) {
        AnswerCounts c = survey.round(when).map(r -> r.counts(questionId, role))
                .orElse(new AnswerCounts(questionId, role, AnswerCounts.zero()));
        return new RoleResult(role, c.counts(), c.total(), c.total() >= MIN_PER_ROLE);
    }

    /**
     * The shift of a role's mean from före to efter (positive: they agree more afterwards); empty
     * unless both rounds have a mean to show.
     */
    public static OptionalDouble shift(Survey survey, String questionId, Role role) {
        OptionalDouble before = of(survey, BeforeAfter.BEFORE, questionId, role).mean();
        OptionalDouble after = of(survey, BeforeAfter.AFTER, questionId, role).mean();
        return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
                : OptionalDouble.empty();
    }

    /**
     * The roles a survey's results are shown for: förtroendevalda and tjänstepersoner always (the
     * split the survey is about), others when any of them answered.
     */
    public static List<Role> roles(Survey survey) {
        List<Role> roles = new ArrayList<>(List.of(Role.FORTROENDEVALD, Role.TJANSTEPERSON));
        boolean others = survey.rounds().stream().flatMap(r -> r.answers().stream()).anyMatch(a -> a.role() == Role.ANNAN);
        if (others) {
            roles.add(Role.ANNAN);
        }
        return roles;
    }

    /** The rounds that have run, före first. */
    public static List<SurveyRound> rounds(Survey survey) {
        List<SurveyRound> out = new ArrayList<>();
        for (BeforeAfter w : BeforeAfter.values()) {
            survey.round(w).ifPresent(out::add);
        }
        return out;
    }

    /** Whether both rounds have run, so that a shift can be shown. */
    public static boolean bothRounds(Survey survey) {
        return survey.round(BeforeAfter.BEFORE).isPresent() && survey.round(BeforeAfter.AFTER).isPresent();
    }

    /** The round to show results of by default: the open one, else the latest to run. */
    public static Optional<BeforeAfter> current(Survey survey) {
        return survey.openRound().map(SurveyRound::when)
                .or(() -> survey.round(BeforeAfter.AFTER).map(SurveyRound::when))
                .or(() -> survey.round(BeforeAfter.BEFORE).map(SurveyRound::when));
    }

    /** One decimal in {@code language}: 3,7 in Swedish, 3.7 in English. */
    public static String decimal(java.util.Locale language, double v) {
        return String.format(language, "%.1f", v);
    }

    /** A shift with its sign, to one decimal: +1,0, −0,3 (a true minus sign), 0,0. */
    public static String signed(java.util.Locale language, double v) {
        double rounded = Math.round(v * 10) / 10.0;
        String abs = decimal(language, Math.abs(rounded));
        return rounded > 0 ? "+" + abs : rounded < 0 ? "−" + abs : abs;
    }
}
