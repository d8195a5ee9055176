package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.model.SurveyComment;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyRound;
import se.samtalsledaren.model.SurveyScale;
import se.samtalsledaren.model.SurveyTemplate;
import se.samtalsledaren.model.TimePlan;

/** The pulse survey: questions, rounds, anonymous answers, the minimum of three, means and shifts on known data. */
class SurveyTest {
    private FakeClock clock;
    private SessionRunner runner;
    private SurveyRunner survey;
    private String q1;
    private String q2;

    /** Four förtroendevalda (f1..f4), three tjänstepersoner (t1..t3), two others (a1, a2). */
    static List<Participant> people() {
        List<Participant> p = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            p.add(new Participant("f" + i, "Politiker " + i, Role.FORTROENDEVALD, ""));
        }
        for (int i = 1; i <= 3; i++) {
            p.add(new Participant("t" + i, "Tjänsteperson " + i, Role.TJANSTEPERSON, ""));
        }
        p.add(new Participant("a1", "Annan 1", Role.ANNAN, ""));
        p.add(new Participant("a2", "Annan 2", Role.ANNAN, ""));
        return p;
    }

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T08:30:00Z");
        Session s = Session.start("s1", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("", LocalDate.of(2026, 11, 23), "", ""), people(), TimePlan.defaultFor(120));
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(s, clock, () -> "id" + n.incrementAndGet());
        survey = new SurveyRunner(runner, () -> "sq" + n.incrementAndGet());
        survey.useTemplate(new SurveyTemplate("Effektivitet", "SKR", List.of(
                new SurveyQuestion("x", "6", "Anser du att din kommun har en bra modell för målstyrning, där målen tydligt anger riktning?"),
                new SurveyQuestion("y", "14", "Anser du att det finns en hög grad av tillit mellan förtroendevalda och tjänstepersoner i kommunen?"))));
        q1 = survey.state().questions().get(0).id();
        q2 = survey.state().questions().get(1).id();
    }

    private static Map<String, Integer> answers(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void aTemplateGivesTheQuestionsWithFreshIdsAndTheirNumbers() {
        Survey s = survey.state();
        assertThat(s.title()).isEqualTo("Effektivitet");
        assertThat(s.questions()).extracting(SurveyQuestion::number).containsExactly("6", "14");
        assertThat(q1).isNotEqualTo("x");
        assertThat(s.questions().get(1).label()).startsWith("14. Anser du att det finns");
    }

    @Test
    void questionsAreRewordedAddedMovedAndRemovedUntilARoundRuns() {
        survey.rewordQuestion(q1, "  Har din kommun en bra modell för målstyrning?  ");
        SurveyQuestion own = survey.addQuestion("Var samtalet till nytta för dig?");
        survey.moveQuestion(own.id(), -2);
        survey.removeQuestion(q2);
        assertThat(survey.state().questions()).extracting(SurveyQuestion::label)
                .containsExactly("Var samtalet till nytta för dig?", "6. Har din kommun en bra modell för målstyrning?");
        assertThatThrownBy(() -> survey.addQuestion("   ")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.BAD_TEXT));

        survey.openRound(BeforeAfter.BEFORE);
        assertThat(survey.state().locked()).isTrue();
        assertThatThrownBy(() -> survey.rewordQuestion(q1, "Ny lydelse")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.SURVEY_LOCKED));
        assertThatThrownBy(() -> survey.addQuestion("En till")).isInstanceOf(Refused.class);
    }

    @Test
    void roundsOpenOneAtATimeCloseAndReopenKeepingTheirAnswers() {
        survey.openRound(BeforeAfter.BEFORE);
        assertThat(survey.state().openRound().orElseThrow().opened()).isEqualTo(Instant.parse("2026-11-23T08:30:00Z"));
        assertThatThrownBy(() -> survey.openRound(BeforeAfter.AFTER)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ROUND_OPEN));
        survey.submit("f1", answers(q1, 4), Map.of());
        clock.advanceMinutes(5);
        survey.closeRound();
        SurveyRound closed = survey.state().round(BeforeAfter.BEFORE).orElseThrow();
        assertThat(closed.closed()).isEqualTo(Instant.parse("2026-11-23T08:35:00Z"));
        assertThatThrownBy(() -> survey.submit("f2", answers(q1, 4), Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ROUND_CLOSED));

        survey.openRound(BeforeAfter.BEFORE);
        SurveyRound reopened = survey.state().openRound().orElseThrow();
        assertThat(reopened.opened()).isEqualTo(closed.opened());
        assertThat(reopened.counts(q1, Role.FORTROENDEVALD).of(4)).isEqualTo(1);
        // Who answered is remembered while the session is open: still one answer per participant.
        assertThatThrownBy(() -> survey.submit("f1", answers(q1, 2), Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ALREADY_ANSWERED));
        survey.closeRound();
        clock.advanceMinutes(100);
        survey.openRound(BeforeAfter.AFTER);
        survey.submit("f1", answers(q1, 2), Map.of());
        assertThat(survey.state().rounds()).extracting(SurveyRound::when).containsExactly(BeforeAfter.BEFORE, BeforeAfter.AFTER);
    }

    @Test
    void oneAnswerPerParticipantAndRoundAndOnlyValidAnswers() {
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("t1", answers(q1, 3, q2, SurveyScale.DONT_KNOW), Map.of());
        assertThat(survey.hasAnswered(BeforeAfter.BEFORE, "t1")).isTrue();
        assertThatThrownBy(() -> survey.submit("t1", answers(q1, 5), Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ALREADY_ANSWERED));
        Session before = runner.session();
        assertThatThrownBy(() -> survey.submit("t2", answers(q1, 3, q2, 6), Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.BAD_ANSWER));
        assertThatThrownBy(() -> survey.submit("t2", answers("nope", 3), Map.of())).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> survey.submit("t2", Map.of(), Map.of(q1, "x".repeat(SurveyComment.MAX_TEXT + 1))))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.BAD_TEXT));
        assertThatThrownBy(() -> survey.submit("t2", Map.of(), Map.of(q1, "   "))).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> survey.submit("nobody", answers(q1, 3), Map.of())).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.UNKNOWN_PARTICIPANT));
        // A refused answer counts nothing, and the participant may still answer.
        assertThat(runner.session()).isSameAs(before);
        assertThat(survey.hasAnswered(BeforeAfter.BEFORE, "t2")).isFalse();
        survey.submit("t2", answers(q1, 3), Map.of());
        SurveyRound r = survey.state().openRound().orElseThrow();
        assertThat(r.counts(q1, Role.TJANSTEPERSON).counts()).containsExactly(0, 0, 2, 0, 0, 0);
        assertThat(r.counts(q2, Role.TJANSTEPERSON).counts()).containsExactly(0, 0, 0, 0, 0, 1);
        assertThat(r.respondents(Role.TJANSTEPERSON)).isEqualTo(2);
    }

    @Test
    void answersKeepTheRoleOnlyAndCommentsNeitherWhoNorRoleNorOrder() {
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("f1", answers(q1, 4), Map.of(q1, "Vi har kloka och duktiga ekonomer som också har tålamod nog att förklara!"));
        survey.submit("t1", answers(q1, 2), Map.of(q1, "Brist på helhetstänk."));
        SurveyRound r = survey.state().openRound().orElseThrow();
        // Every text the survey holds, and none of it names a participant.
        List<String> held = new ArrayList<>(List.of(r.when().key()));
        r.answers().forEach(a -> held.add(a.questionId()));
        r.comments().forEach(c -> held.addAll(List.of(c.id(), c.questionId(), c.text())));
        for (Participant p : people()) {
            assertThat(held).doesNotContain(p.id()).noneMatch(t -> t.contains(p.name()));
        }
        assertThat(r.respondents()).isEqualTo(Map.of(Role.FORTROENDEVALD, 1, Role.TJANSTEPERSON, 1));
        assertThat(r.comments()).extracting(SurveyComment::text)
                .containsExactly("Brist på helhetstänk.", "Vi har kloka och duktiga ekonomer som också har tålamod nog att förklara!");
        assertThat(r.comments()).allSatisfy(c -> assertThat(c.quoted()).isFalse());
        survey.setQuoted(BeforeAfter.BEFORE, r.comments().get(0).id(), true);
        assertThat(survey.state().openRound().orElseThrow().comments().get(0).quoted()).isTrue();
    }

    @Test
    void whoAnsweredWhatCannotBeToldFromTheSession() {
        // Two förtroendevalda answer in one order, then in the other order with their answers swapped.
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("f1", answers(q1, 5, q2, 1), Map.of());
        survey.submit("f2", answers(q1, 2, q2, 4), Map.of());
        Survey one = survey.state();

        setUp();
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("f2", answers(q1, 5, q2, 1), Map.of());
        survey.submit("f1", answers(q1, 2, q2, 4), Map.of());
        Survey other = survey.state();

        assertThat(other.rounds()).isEqualTo(one.rounds());
    }

    @Test
    void aRolesFiguresShowFromThreeAnswers() {
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("f1", answers(q1, 4), Map.of());
        survey.submit("f2", answers(q1, 5), Map.of());
        survey.submit("t1", answers(q1, 1), Map.of());
        survey.submit("t2", answers(q1, SurveyScale.DONT_KNOW), Map.of());
        survey.submit("t3", answers(q1, 2), Map.of());
        SurveyResults.RoleResult fv = SurveyResults.of(survey.state(), BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD);
        SurveyResults.RoleResult tp = SurveyResults.of(survey.state(), BeforeAfter.BEFORE, q1, Role.TJANSTEPERSON);
        assertThat(fv.answered()).isEqualTo(2);
        assertThat(fv.shown()).isFalse();
        assertThat(fv.mean()).isEmpty();
        assertThat(tp.answered()).isEqualTo(3);
        assertThat(tp.shown()).isTrue();
        assertThat(tp.onScale()).isEqualTo(2);
        assertThat(tp.mean().getAsDouble()).isEqualTo(1.5);
        assertThat(tp.share(SurveyScale.DONT_KNOW)).isCloseTo(1 / 3.0, within(1e-9));
        survey.submit("f3", answers(q1, 3), Map.of());
        assertThat(SurveyResults.of(survey.state(), BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD).mean().getAsDouble()).isEqualTo(4.0);
    }

    @Test
    void distributionMeansAndShiftsOnKnownData() {
        // Före: förtroendevalda 2, 3, 3, 4 (mean 3.0); tjänstepersoner 1, 2, vet inte (mean 1.5).
        survey.openRound(BeforeAfter.BEFORE);
        int[] fvBefore = {2, 3, 3, 4};
        for (int i = 0; i < 4; i++) {
            survey.submit("f" + (i + 1), answers(q1, fvBefore[i]), Map.of());
        }
        survey.submit("t1", answers(q1, 1), Map.of());
        survey.submit("t2", answers(q1, 2), Map.of());
        survey.submit("t3", answers(q1, SurveyScale.DONT_KNOW), Map.of());
        survey.closeRound();
        // Efter: förtroendevalda 4, 4, 5, 3 (mean 4.0); tjänstepersoner 2, 4, 3 (mean 3.0).
        survey.openRound(BeforeAfter.AFTER);
        int[] fvAfter = {4, 4, 5, 3};
        for (int i = 0; i < 4; i++) {
            survey.submit("f" + (i + 1), answers(q1, fvAfter[i]), Map.of());
        }
        survey.submit("t1", answers(q1, 2), Map.of());
        survey.submit("t2", answers(q1, 4), Map.of());
        survey.submit("t3", answers(q1, 3), Map.of());
        survey.closeRound();

        Survey s = survey.state();
        SurveyResults.RoleResult fv = SurveyResults.of(s, BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD);
        assertThat(fv.counts()).containsExactly(0, 1, 2, 1, 0, 0);
        assertThat(fv.share(3)).isEqualTo(0.5);
        assertThat(fv.mean().getAsDouble()).isEqualTo(3.0);
        assertThat(SurveyResults.of(s, BeforeAfter.BEFORE, q1, Role.TJANSTEPERSON).mean().getAsDouble()).isEqualTo(1.5);
        assertThat(SurveyResults.of(s, BeforeAfter.AFTER, q1, Role.FORTROENDEVALD).mean().getAsDouble()).isEqualTo(4.0);
        assertThat(SurveyResults.shift(s, q1, Role.FORTROENDEVALD).getAsDouble()).isEqualTo(1.0);
        assertThat(SurveyResults.shift(s, q1, Role.TJANSTEPERSON).getAsDouble()).isEqualTo(1.5);
        // Nobody answered q2, and two others are too few: no shift to show.
        assertThat(SurveyResults.shift(s, q2, Role.FORTROENDEVALD)).isEmpty();
        assertThat(SurveyResults.roles(s)).containsExactly(Role.FORTROENDEVALD, Role.TJANSTEPERSON);
        assertThat(SurveyResults.bothRounds(s)).isTrue();
    }

    @Test
    void countsEnteredByHandJoinThePhonesAnswers() {
        survey.openRound(BeforeAfter.BEFORE);
        survey.submit("f1", answers(q1, 4), Map.of());
        survey.closeRound();
        survey.setCount(BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD, 4, 3);
        survey.setCount(BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD, 5, 2);
        survey.setCount(BeforeAfter.BEFORE, q1, Role.ANNAN, SurveyScale.DONT_KNOW, 1);
        SurveyResults.RoleResult fv = SurveyResults.of(survey.state(), BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD);
        assertThat(fv.counts()).containsExactly(0, 0, 0, 3, 2, 0);
        assertThat(fv.mean().getAsDouble()).isEqualTo(4.4);
        assertThat(SurveyResults.roles(survey.state())).containsExactly(Role.FORTROENDEVALD, Role.TJANSTEPERSON, Role.ANNAN);
        assertThatThrownBy(() -> survey.setCount(BeforeAfter.AFTER, q1, Role.FORTROENDEVALD, 4, 1))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.reason()).isEqualTo(Refused.Reason.ROUND_CLOSED));
        assertThatThrownBy(() -> survey.setCount(BeforeAfter.BEFORE, q1, Role.FORTROENDEVALD, 4, -1)).isInstanceOf(Refused.class);
        survey.setCount(BeforeAfter.BEFORE, q1, Role.ANNAN, SurveyScale.DONT_KNOW, 0);
        assertThat(SurveyResults.roles(survey.state())).containsExactly(Role.FORTROENDEVALD, Role.TJANSTEPERSON);
    }

    @Test
    void noRoundWithoutQuestions() {
        survey.removeQuestion(q1);
        survey.removeQuestion(q2);
        assertThatThrownBy(() -> survey.openRound(BeforeAfter.BEFORE)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refused.Reason.NO_QUESTIONS));
    }
}
