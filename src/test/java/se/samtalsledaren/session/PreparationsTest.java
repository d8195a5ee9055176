package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;

/** Which preparations the facilitator sees when, and pulling them into the group's notes. */
class PreparationsTest {
    private FakeClock clock;
    private SessionRunner runner;
    private final Preparation anna = preparation("f-anna", "  anna ", false,
            Map.of(Phase.STEP_1, "Ishallen är en symbolfråga.", Phase.STEP_3, "Slå ihop skolorna stegvis."));
    private final Preparation anonymous = preparation("f-anon", "Bo", true, Map.of(Phase.STEP_3, "Fråga föreningarna först."));
    private final Preparation guest = preparation("f-guest", "Cecilia", false, Map.of(Phase.STEP_5, "Följ upp resvägarna."));

    static Preparation preparation(String id, String name, boolean anon, Map<Phase, String> steps) {
        return new Preparation(id, SessionRunnerTest.newSession(90).caseRef(), name, Role.FORTROENDEVALD, anon,
                List.of(new Preparation.QuestionReflection(3, 4, "Vilka råd vill du ge till KSO?", "Be om alternativ från " + name.strip() + ".")),
                steps, Duration.ofMinutes(10), Instant.parse("2026-11-20T18:00:00Z"));
    }

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T08:00:00Z");
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(SessionRunnerTest.newSession(90), clock, () -> "n" + n.incrementAndGet());
        runner.importPreparations(List.of(anna, anonymous, guest));
    }

    @Test
    void nothingIsRevealedDuringThePreparationOnlyCountsPerStep() {
        runner.start();
        clock.advanceMinutes(10);
        assertThat(Preparations.revealedNow(runner.session())).isEmpty();
        assertThat(Preparations.hiddenCounts(runner.session())).containsExactly(
                Map.entry(Phase.STEP_1, 1), Map.entry(Phase.STEP_3, 2), Map.entry(Phase.STEP_4, 3), Map.entry(Phase.STEP_5, 1));
    }

    @Test
    void eachStepRevealsItsOwnReflectionsAndThoseOnItsQuestions() {
        runner.start();
        runner.goTo(Phase.STEP_1);
        clock.advanceMinutes(15);
        var now = Preparations.revealedNow(runner.session());
        assertThat(now).containsOnlyKeys(anna);
        assertThat(now.get(anna)).extracting(Preparations.Item::text).containsExactly("Ishallen är en symbolfråga.");
        assertThat(Preparations.hiddenCounts(runner.session())).containsOnlyKeys(Phase.STEP_3, Phase.STEP_4, Phase.STEP_5);

        runner.goTo(Phase.STEP_4);
        now = Preparations.revealedNow(runner.session());
        assertThat(now).containsOnlyKeys(anna, anonymous, guest);
        Preparations.Item onQuestion = now.get(guest).get(0);
        assertThat(onQuestion.question()).isEqualTo(3);
        assertThat(onQuestion.questionText()).isEqualTo("Vilka råd vill du ge till KSO?");
        assertThat(Preparations.hiddenCounts(runner.session())).containsOnlyKeys(Phase.STEP_5);
    }

    @Test
    void goingBackDoesNotHideWhatTheGroupHasReached() {
        runner.start();
        runner.goTo(Phase.STEP_3);
        clock.advanceMinutes(5);
        runner.goTo(Phase.STEP_2);
        assertThat(Preparations.reached(runner.session(), Phase.STEP_3)).isTrue();
        assertThat(Preparations.reached(runner.session(), Phase.STEP_4)).isFalse();
        assertThat(Preparations.hiddenCounts(runner.session())).containsOnlyKeys(Phase.STEP_4, Phase.STEP_5);
        // Moving without the clock running counts too: the current phase is reached.
        runner.pause();
        runner.goTo(Phase.STEP_5);
        assertThat(Preparations.hiddenCounts(runner.session())).isEmpty();
    }

    @Test
    void pullingAttributesToTheMatchingParticipantUnlessAnonymous() {
        runner.goTo(Phase.STEP_3);
        var now = Preparations.revealedNow(runner.session());
        Note fromAnna = Preparations.pull(runner, now.get(anna).get(0));
        assertThat(fromAnna.participantId()).as("name matched ignoring case and spaces").isEqualTo("p1");
        assertThat(fromAnna.text()).isEqualTo("Slå ihop skolorna stegvis.");
        Note fromAnonymous = Preparations.pull(runner, now.get(anonymous).get(0));
        assertThat(fromAnonymous.participantId()).as("Bo is a participant but chose anonymity").isEmpty();
        assertThat(runner.session().notesFor(Phase.STEP_3)).containsExactly(fromAnna, fromAnonymous);
        assertThat(Preparations.inNotes(runner.session(), now.get(anna).get(0))).isTrue();

        runner.goTo(Phase.STEP_5);
        Note fromGuest = Preparations.pull(runner, Preparations.revealedNow(runner.session()).get(guest).get(0));
        assertThat(fromGuest.participantId()).as("not a participant of the session").isEmpty();
    }

    @Test
    void aStepNotReachedCannotBePulled() {
        Preparations.Item early = Preparations.items(guest, Phase.STEP_5).get(0);
        assertThatThrownBy(() -> Preparations.pull(runner, early)).isInstanceOf(IllegalStateException.class);
        assertThat(runner.session().notesFor(Phase.STEP_5)).isEmpty();
    }

    @Test
    void aResentPreparationReplacesTheEarlierImport() {
        Preparation newer = preparation("f-anna", "Anna", false, Map.of(Phase.STEP_2, "Ny tanke."));
        runner.importPreparations(List.of(newer));
        assertThat(runner.session().preparations()).containsExactly(newer, anonymous, guest);
        runner.removePreparation("f-anon");
        assertThat(runner.session().preparations()).containsExactly(newer, guest);
    }
}
