package se.samtalsledaren.ui.results;

import java.util.List;

/**
 * One survey question's results as the slides show them: per round that ran, the distribution of
 * each role's answers side by side with the role's mean, or "för få svar"; and the shift per role
 * from före to efter when both ran.
 *
 * @param title   the question
 * @param answers the names of the answers, in the order of the counts (1..5, vet inte)
 * @param rounds  the rounds that ran, före first
 * @param shifts  per role, "2,7 → 3,7 (+1,0)" lines; empty unless both rounds ran
 */
public record SurveyChart(String title, List<String> answers, List<Round> rounds, List<String> shifts) implements Chart {
    public SurveyChart {
        answers = List.copyOf(answers);
        rounds = List.copyOf(rounds);
        shifts = List.copyOf(shifts);
    }

    /** One round: its name and the roles side by side. */
    public record Round(String name, List<RoleColumn> roles) {
        public Round {
            roles = List.copyOf(roles);
        }
    }

    /**
     * One role's answers in a round.
     *
     * @param heading "Förtroendevalda · 6 svar"
     * @param shown   false: too few answered, only {@code note} is shown
     * @param shares  per answer, the share 0..1 of the role's answers
     * @param figures per answer, the share as text ("33 %")
     * @param note    the mean ("Medelvärde 3,3"), or "för få svar"
     * @param styleKey the role's style suffix (fortroendevald, tjansteperson, annan)
     */
    public record RoleColumn(String heading, boolean shown, List<Double> shares, List<String> figures, String note,
                             String styleKey) {
        public RoleColumn {
            shares = List.copyOf(shares);
            figures = List.copyOf(figures);
        }
    }
}
