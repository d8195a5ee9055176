package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Horizon;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.TimePlan;
import se.samtalsledaren.model.TimeSegment;

/** The session logic on a fake clock: flow, timers, time log, notes, prioritisation. No sleeping. */
class SessionRunnerTest {
    private FakeClock clock;
    private SessionRunner runner;
    private final AtomicInteger changes = new AtomicInteger();

    static Session newSession(int totalMinutes) {
        return Session.start("s1", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("Ledningsdag", LocalDate.of(2026, 11, 23), "Kommunhuset", "Eva"),
                List.of(new Participant("p1", "Anna", Role.FORTROENDEVALD, "S"),
                        new Participant("p2", "Bo", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(totalMinutes));
    }

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T08:00:00Z");
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(newSession(90), clock, () -> "id" + n.incrementAndGet());
        runner.addListener(changes::incrementAndGet);
    }

    @Test
    void defaultPlanAddsUpToTheTotalAndScales() {
        TimePlan p90 = TimePlan.defaultFor(90);
        assertThat(p90.sum()).isEqualTo(90);
        assertThat(p90.plannedMinutes(Phase.PREPARATION)).isEqualTo(10);
        assertThat(p90.plannedMinutes(Phase.STEP_5)).isEqualTo(15);
        assertThat(p90.consequencesShortchanged()).isFalse();
        for (int total : new int[] {30, 45, 60, 75, 120, 180, 240}) {
            assertThat(TimePlan.defaultFor(total).sum()).as("total %d", total).isEqualTo(total);
        }
        assertThat(TimePlan.defaultFor(180).plannedMinutes(Phase.STEP_3)).isEqualTo(36);
    }

    @Test
    void planWarnsWhenConsequencesGetLittleTimeAndShowsSumAgainstTotal() {
        TimePlan p = TimePlan.defaultFor(90).with(Phase.STEP_5, 5);
        assertThat(p.consequencesShortchanged()).isTrue();
        assertThat(p.overTotal()).isEqualTo(-10);
        assertThat(TimePlan.defaultFor(90).with(Phase.STEP_3, 40).overTotal()).isEqualTo(22);
        assertThatThrownBy(() -> TimePlan.defaultFor(90).with(Phase.STEP_1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timerCountsOnlyWhileRunningAndPauseStopsIt() {
        assertThat(runner.running()).isFalse();
        runner.start();
        clock.advanceMinutes(4);
        runner.pause();
        clock.advanceMinutes(30);
        assertThat(runner.elapsed(Phase.PREPARATION)).isEqualTo(Duration.ofMinutes(4));
        runner.resume();
        clock.advance(Duration.ofSeconds(90));
        assertThat(runner.elapsed(Phase.PREPARATION)).isEqualTo(Duration.ofSeconds(330));
        assertThat(runner.remaining(Phase.PREPARATION)).isEqualTo(Duration.ofSeconds(270));
        assertThat(changes.get()).isEqualTo(3);
    }

    @Test
    void levelsChangeAtTwentyAndFivePercentAndOnOverrun() {
        runner.start(); // preparation: 10 minutes
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.NORMAL);
        clock.advance(Duration.ofSeconds(7 * 60 + 59));
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.NORMAL);
        clock.advance(Duration.ofSeconds(1)); // 2:00 left = 20 %
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.WARNING);
        clock.advance(Duration.ofSeconds(90)); // 0:30 left = 5 %
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.CRITICAL);
        clock.advance(Duration.ofSeconds(31));
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.OVERRUN);
        assertThat(runner.remaining(Phase.PREPARATION)).isEqualTo(Duration.ofSeconds(-1));
        runner.addTime(Phase.PREPARATION, 2);
        assertThat(runner.level(Phase.PREPARATION)).isEqualTo(TimerLevel.WARNING);
        assertThat(runner.planned(Phase.PREPARATION)).isEqualTo(Duration.ofMinutes(12));
        assertThat(runner.session().addedMinutes()).containsEntry(Phase.PREPARATION, 2);
    }

    @Test
    void goingBackAndForthKeepsAnHonestRecordPerStep() {
        runner.start();
        clock.advanceMinutes(10);
        runner.goTo(Phase.STEP_1);
        clock.advanceMinutes(12);
        runner.goTo(Phase.STEP_2);
        clock.advanceMinutes(5);
        runner.goTo(Phase.STEP_1); // back to analysis
        clock.advanceMinutes(3);
        runner.next();
        clock.advanceMinutes(4);

        assertThat(runner.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(15));
        assertThat(runner.elapsed(Phase.STEP_2)).isEqualTo(Duration.ofMinutes(9));
        assertThat(runner.totalElapsed()).isEqualTo(Duration.ofMinutes(34));
        List<TimeSegment> log = runner.session().timeLog();
        assertThat(log).extracting(TimeSegment::phase)
                .containsExactly(Phase.PREPARATION, Phase.STEP_1, Phase.STEP_2, Phase.STEP_1, Phase.STEP_2);
        assertThat(log.get(3).start()).isEqualTo(log.get(2).end());
        assertThat(log.get(4).open()).isTrue();
    }

    @Test
    void movingWhilePausedDoesNotCountTime() {
        runner.goTo(Phase.STEP_1);
        clock.advanceMinutes(5);
        assertThat(runner.current()).isEqualTo(Phase.STEP_1);
        assertThat(runner.totalElapsed()).isZero();
        runner.previous();
        assertThat(runner.current()).isEqualTo(Phase.PREPARATION);
        runner.previous();
        assertThat(runner.current()).isEqualTo(Phase.PREPARATION);
    }

    @Test
    void scheduleShowsBehindAndAheadAndProjectsTheRest() {
        runner.start();
        clock.advanceMinutes(10); // preparation on plan
        runner.goTo(Phase.STEP_1);
        clock.advanceMinutes(20); // planned 15: five minutes over
        assertThat(runner.behindSchedule()).isEqualTo(Duration.ofMinutes(5));

        // If step 1 stops now, 90 - 30 = 60 minutes remain for steps 2-5 and closing (planned 65).
        Map<Phase, Duration> projection = runner.projection();
        assertThat(projection.keySet()).containsExactly(Phase.STEP_2, Phase.STEP_3, Phase.STEP_4, Phase.STEP_5, Phase.CLOSING);
        Duration sum = projection.values().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(sum.toSeconds()).isBetween(60 * 60 - 1L, 60 * 60 + 1L);
        assertThat(projection.get(Phase.STEP_5).toSeconds()).isCloseTo(Math.round(15 * 60 * 60.0 / 65), org.assertj.core.data.Offset.offset(1L));

        runner.goTo(Phase.STEP_2);
        clock.advanceMinutes(2); // step 2 planned 12
        assertThat(runner.behindSchedule()).isEqualTo(Duration.ofMinutes(5));
        runner.goTo(Phase.STEP_3);
        // Step 2 took 2 of 12 minutes: now 5 behind - 10 under = 5 ahead.
        assertThat(runner.behindSchedule()).isEqualTo(Duration.ofMinutes(-5));
    }

    @Test
    void warnsBeforeJumpingToSolutionsWithoutAnalysis() {
        assertThat(runner.skipsAnalysis(Phase.STEP_2)).isFalse();
        assertThat(runner.skipsAnalysis(Phase.STEP_3)).isTrue();
        assertThat(runner.skipsAnalysis(Phase.CLOSING)).isTrue();
        runner.addNote(Phase.STEP_1, "Kommunen har krympt", "p1", Dimension.STRUKTUR);
        assertThat(runner.skipsAnalysis(Phase.STEP_3)).isFalse();
    }

    @Test
    void notesAreAddedInsertedEditedReorderedAndRemoved() {
        Note a = runner.addNote(Phase.STEP_2, "Otydligt mandat", "p1", null);
        Note b = runner.addNote(Phase.STEP_2, "Ingen dialog", "", Dimension.PROCESS);
        Note c = runner.insertNote(Phase.STEP_2, 1, "Mellan", "p2", null);
        assertThat(runner.session().notesFor(Phase.STEP_2)).extracting(Note::text).containsExactly("Otydligt mandat", "Mellan", "Ingen dialog");
        runner.updateNote(Phase.STEP_2, c.id(), n -> new Note(n.id(), "Mellan två stolar", n.participantId(), Dimension.VARDERINGAR));
        runner.moveNote(Phase.STEP_2, b.id(), -2);
        runner.removeNote(Phase.STEP_2, a.id());
        assertThat(runner.session().notesFor(Phase.STEP_2)).extracting(Note::text).containsExactly("Ingen dialog", "Mellan två stolar");
        assertThat(runner.session().notesFor(Phase.STEP_2).get(1).dimension()).isEqualTo(Dimension.VARDERINGAR);
        assertThat(runner.session().notesFor(Phase.STEP_1)).isEmpty();
        assertThatThrownBy(() -> runner.addNote(Phase.CLOSING, "x", "", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void solutionsAreRankedVotedSortedChosenAndGetConsequences() {
        Solution s1 = runner.addSolution("Dialogmöten på orterna", "p1");
        Solution s2 = runner.addSolution("Tydligare beslutsunderlag", "p2");
        Solution s3 = runner.addSolution("Gemensam kommunikationsplan", "");
        runner.moveSolution(s3.id(), -5);
        assertThat(runner.session().solutions()).extracting(Solution::id).containsExactly(s3.id(), s1.id(), s2.id());
        runner.moveSolutionTo(s1.id(), 2);
        assertThat(runner.session().solutions()).extracting(Solution::id).containsExactly(s3.id(), s2.id(), s1.id());

        runner.setVotes(s1.id(), "p1", 3);
        runner.setVotes(s1.id(), "p2", 1);
        runner.setVotes(s2.id(), "p1", 2);
        runner.setVotes(s2.id(), "p2", 0);
        runner.sortByVotes();
        assertThat(runner.session().solutions()).extracting(Solution::id).containsExactly(s1.id(), s2.id(), s3.id());
        assertThat(runner.session().solutions().get(0).totalVotes()).isEqualTo(4);
        assertThat(runner.session().solutions().get(1).votes()).containsOnlyKeys("p1");

        runner.updateSolution(s1.id(), s -> s.withHorizon(Horizon.SHORT).withChosen(true));
        runner.updateSolution(s2.id(), s -> s.withHorizon(Horizon.LONG).withChosen(true));
        runner.updateSolution(s1.id(), s -> s.withConsequences(new Consequences("Invånarna i Norrby", "Protester", "Uppföljning i KS")));
        assertThat(runner.chosenSolutions()).extracting(Solution::id).containsExactly(s1.id(), s2.id());
        assertThat(runner.chosenSolutions().get(0).consequences().followUp()).isEqualTo("Uppföljning i KS");
        runner.removeSolution(s3.id());
        assertThat(runner.session().solutions()).hasSize(2);
    }

    @Test
    void agreementsRecordWhatWhoAndWhen() {
        var a = runner.addAgreement("Ta fram kommunikationsplan", "Kommunchefen", LocalDate.of(2027, 1, 15));
        var b = runner.addAgreement("Återkoppla till KS", "KSO", null);
        runner.moveAgreement(b.id(), -1);
        runner.updateAgreement(a.id(), x -> new se.samtalsledaren.model.Agreement(x.id(), x.what(), "Kommundirektören", x.due()));
        assertThat(runner.session().agreements()).extracting(se.samtalsledaren.model.Agreement::who)
                .containsExactly("KSO", "Kommundirektören");
        runner.removeAgreement(b.id());
        assertThat(runner.session().agreements()).hasSize(1);
    }

    @Test
    void aThreeHourSessionOnAFakeClockHasNoDrift() {
        AtomicInteger n = new AtomicInteger();
        SessionRunner r = new SessionRunner(newSession(180), clock, () -> "x" + n.incrementAndGet());
        Random random = new Random(42);
        Map<Phase, Long> expectedMillis = new EnumMap<>(Phase.class);
        long runningMillis = 0;
        long wallMillis = 0;
        r.start();
        // Three hours in irregular ticks of 1 ms to 3 s, like a UI refresh that stutters; the
        // facilitator moves between phases and pauses now and then.
        while (wallMillis < 3 * 3600_000L) {
            long tick = 1 + random.nextInt(3000);
            clock.advance(Duration.ofMillis(tick));
            wallMillis += tick;
            if (r.running()) {
                expectedMillis.merge(r.current(), tick, Long::sum);
                runningMillis += tick;
            }
            int action = random.nextInt(1000);
            if (action < 3) {
                r.goTo(Phase.values()[random.nextInt(Phase.values().length)]);
            } else if (action < 5) {
                r.togglePause();
            }
        }
        for (Phase p : Phase.values()) {
            assertThat(r.elapsed(p).toMillis()).as(p.key()).isEqualTo(expectedMillis.getOrDefault(p, 0L));
        }
        assertThat(r.totalElapsed().toMillis()).isEqualTo(runningMillis);
        assertThat(r.session().timeLog().size()).isGreaterThan(10);
        // Segments never overlap and follow each other in time.
        List<TimeSegment> log = r.session().timeLog();
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).start()).isAfterOrEqualTo(log.get(i - 1).end());
        }
    }
}
