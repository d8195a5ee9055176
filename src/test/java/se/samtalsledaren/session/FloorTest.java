package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Floor;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Role;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.SessionInfo;
import se.samtalsledaren.model.SpeakingTurn;
import se.samtalsledaren.model.TimePlan;

/** The speaker queue, slots, rounds and airtime on a fake clock. No sleeping. */
class FloorTest {
    private FakeClock clock;
    private SessionRunner runner;
    private FloorRunner floor;

    @BeforeEach
    void setUp() {
        clock = FakeClock.at("2026-11-23T08:00:00Z");
        Session s = Session.start("s1", new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika"),
                new SessionInfo("", LocalDate.of(2026, 11, 23), "", ""),
                List.of(new Participant("anna", "Anna", Role.FORTROENDEVALD, "S"),
                        new Participant("bo", "Bo", Role.TJANSTEPERSON, ""),
                        new Participant("cecilia", "Cecilia", Role.FORTROENDEVALD, "M"),
                        new Participant("david", "David", Role.TJANSTEPERSON, "")),
                TimePlan.defaultFor(90));
        AtomicInteger n = new AtomicInteger();
        runner = new SessionRunner(s, clock, () -> "id" + n.incrementAndGet());
        floor = new FloorRunner(runner);
        runner.goTo(Phase.STEP_1);
    }

    private void speak(String who, int seconds) {
        floor.giveFloorTo(who);
        clock.advance(Duration.ofSeconds(seconds));
        floor.endSlot();
    }

    @Test
    void queueKeepsOrderAndEachHandOnce() {
        floor.raiseHand("bo");
        floor.raiseHand("anna");
        floor.raiseHand("bo");
        assertThat(floor.state().queue()).containsExactly("bo", "anna");
        floor.moveInQueue("anna", -1);
        assertThat(floor.state().queue()).containsExactly("anna", "bo");
        floor.toggleHand("anna");
        assertThat(floor.state().queue()).containsExactly("bo");
        floor.toggleHand("david");
        assertThat(floor.state().queue()).containsExactly("bo", "david");
        assertThatThrownBy(() -> floor.raiseHand("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void handOverGivesTheFloorToTheFirstHandAndStartsTheClocks() {
        floor.raiseHand("bo");
        floor.raiseHand("anna");
        assertThat(runner.running()).isFalse();
        floor.handOver();
        assertThat(floor.state().speaker()).isEqualTo("bo");
        assertThat(floor.state().speaking()).isTrue();
        assertThat(runner.running()).as("someone speaks, so the phase clock runs").isTrue();
        assertThat(floor.state().queue()).containsExactly("anna");
        clock.advance(Duration.ofSeconds(70));
        floor.handOver();
        assertThat(floor.state().speaker()).isEqualTo("anna");
        clock.advance(Duration.ofSeconds(30));
        floor.handOver();
        assertThat(floor.state().speaker()).isNull();
        assertThat(floor.slotLevel()).isEqualTo(SlotLevel.IDLE);
        List<SpeakingTurn> log = floor.state().log();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).participantId()).isEqualTo("bo");
        assertThat(log.get(0).length(clock.instant())).isEqualTo(Duration.ofSeconds(70));
        assertThat(log.get(1).slot()).isEqualTo(2);
        assertThat(log).allMatch(t -> !t.open() && t.phase() == Phase.STEP_1);
    }

    @Test
    void slotCountsDownWarnsInTheLastFifteenSecondsAndShowsTheOverrun() {
        floor.raiseHand("anna");
        floor.handOver();
        assertThat(floor.slotLength()).isEqualTo(Duration.ofMinutes(2));
        assertThat(floor.slotLevel()).isEqualTo(SlotLevel.NORMAL);
        clock.advance(Duration.ofSeconds(104));
        assertThat(floor.slotRemaining()).isEqualTo(Duration.ofSeconds(16));
        assertThat(floor.slotLevel()).isEqualTo(SlotLevel.NORMAL);
        clock.advance(Duration.ofSeconds(1));
        assertThat(floor.slotLevel()).isEqualTo(SlotLevel.WARNING);
        clock.advance(Duration.ofSeconds(15));
        assertThat(floor.slotLevel()).isEqualTo(SlotLevel.OVERRUN);
        clock.advance(Duration.ofSeconds(42));
        assertThat(floor.slotRemaining()).isEqualTo(Duration.ofSeconds(-42));
        assertThat(floor.state().speaker()).as("the slot informs, it never cuts anyone off").isEqualTo("anna");
        assertThat(floor.state().speaking()).isTrue();
    }

    @Test
    void stoppingAndRestartingTheSpeakerKeepsOneSlot() {
        floor.raiseHand("bo");
        floor.toggleSpeaking();
        clock.advance(Duration.ofSeconds(30));
        floor.toggleSpeaking();
        assertThat(floor.state().speaking()).isFalse();
        clock.advance(Duration.ofSeconds(300));
        assertThat(floor.slotElapsed()).as("stopped time does not count").isEqualTo(Duration.ofSeconds(30));
        floor.toggleSpeaking();
        clock.advance(Duration.ofSeconds(20));
        assertThat(floor.slotElapsed()).isEqualTo(Duration.ofSeconds(50));
        floor.endSlot();
        Airtime a = floor.airtime();
        assertThat(a.of("bo")).isEqualTo(new Airtime.Tally(Duration.ofSeconds(50), 1));
    }

    @Test
    void slotLengthPerSessionAndPerStep() {
        floor.setSlotSeconds(90);
        floor.setSlotSeconds(Phase.STEP_5, 60);
        assertThat(floor.slotLength()).isEqualTo(Duration.ofSeconds(90));
        runner.goTo(Phase.STEP_5);
        assertThat(floor.slotLength()).isEqualTo(Duration.ofSeconds(60));
        floor.setSlotSeconds(Phase.STEP_5, null);
        assertThat(floor.slotLength()).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> floor.setSlotSeconds(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pauseStopsTheSpeakerAndAPhaseChangeSplitsTheTurn() {
        floor.raiseHand("cecilia");
        floor.handOver();
        clock.advance(Duration.ofSeconds(40));
        runner.goTo(Phase.STEP_2);
        clock.advance(Duration.ofSeconds(20));
        runner.pause();
        assertThat(floor.state().speaking()).isFalse();
        assertThat(floor.state().speaker()).isEqualTo("cecilia");
        clock.advance(Duration.ofMinutes(10));
        Airtime a = floor.airtime();
        assertThat(a.of("cecilia")).isEqualTo(new Airtime.Tally(Duration.ofSeconds(60), 1));
        assertThat(a.of("cecilia", Phase.STEP_1)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(40), 1));
        assertThat(a.of("cecilia", Phase.STEP_2)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(20), 1));
        assertThat(floor.slotElapsed()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void roundGivesEveryoneOneSlotInTurnStartingWhereAsked() {
        floor.raiseHand("anna");
        floor.startRound("cecilia");
        assertThat(floor.state().queue()).containsExactly("cecilia", "david", "anna", "bo");
        assertThat(floor.state().round()).isTrue();
        floor.handOver();
        assertThat(floor.roundPosition()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(100));
            floor.handOver();
        }
        assertThat(floor.state().speaker()).isEqualTo("bo");
        assertThat(floor.roundPosition()).isEqualTo(4);
        assertThat(floor.state().round()).isTrue();
        clock.advance(Duration.ofSeconds(100));
        floor.handOver();
        assertThat(floor.state().round()).as("the round is over when the last has spoken").isFalse();
        assertThat(floor.airtime().notYetSpoken(Phase.STEP_1)).isEmpty();
        assertThat(floor.airtime().everyone(Phase.STEP_1)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(400), 4));
    }

    @Test
    void cancellingARoundEmptiesTheQueue() {
        floor.startRound(null);
        assertThat(floor.state().queue()).containsExactly("anna", "bo", "cecilia", "david");
        floor.cancelRound();
        assertThat(floor.state().queue()).isEmpty();
        assertThat(floor.state().round()).isFalse();
    }

    @Test
    void totalsPerParticipantRoleStepAndSession() {
        speak("anna", 120);
        speak("anna", 60);
        speak("bo", 30);
        runner.goTo(Phase.STEP_2);
        speak("cecilia", 90);
        speak("bo", 45);
        Airtime a = floor.airtime();
        assertThat(a.of("anna")).isEqualTo(new Airtime.Tally(Duration.ofSeconds(180), 2));
        assertThat(a.of("bo")).isEqualTo(new Airtime.Tally(Duration.ofSeconds(75), 2));
        assertThat(a.of("david")).isEqualTo(Airtime.Tally.NONE);
        assertThat(a.ofRole(Role.FORTROENDEVALD, null)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(270), 3));
        assertThat(a.ofRole(Role.TJANSTEPERSON, null)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(75), 2));
        assertThat(a.averageOfRole(Role.FORTROENDEVALD, null).time()).isEqualTo(Duration.ofSeconds(135));
        assertThat(a.ofRole(Role.FORTROENDEVALD, Phase.STEP_2)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(90), 1));
        assertThat(a.everyone(null)).isEqualTo(new Airtime.Tally(Duration.ofSeconds(345), 5));
        assertThat(a.notYetSpoken(Phase.STEP_2)).extracting(Participant::id).containsExactly("anna", "david");
        assertThat(a.longest()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void aRunningTurnCountsLiveFromTheClock() {
        floor.giveFloorTo("david");
        clock.advance(Duration.ofSeconds(33));
        assertThat(floor.airtime().of("david").time()).isEqualTo(Duration.ofSeconds(33));
        clock.advance(Duration.ofSeconds(10));
        assertThat(floor.airtime().of("david").time()).isEqualTo(Duration.ofSeconds(43));
    }

    @Test
    void suggestNextIsTheWaitingHandWithTheLeastAirtime() {
        speak("anna", 200);
        speak("bo", 50);
        speak("cecilia", 50);
        floor.raiseHand("anna");
        floor.raiseHand("cecilia");
        floor.raiseHand("bo");
        assertThat(floor.suggestNext()).contains("cecilia");
        floor.raiseHand("david");
        assertThat(floor.suggestNext()).contains("david");
        floor.giveFloorTo(floor.suggestNext().orElseThrow());
        assertThat(floor.state().queue()).containsExactly("anna", "cecilia", "bo");
        floor.clearQueue();
        assertThat(floor.suggestNext()).isEmpty();
    }

    @Test
    void floorInvariantsAreEnforced() {
        assertThatThrownBy(() -> Floor.EMPTY.withQueue(List.of("a", "a"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Floor.EMPTY.withSpeaker("a", 0)).isInstanceOf(IllegalArgumentException.class);
        SpeakingTurn open = new SpeakingTurn(1, "a", Phase.STEP_1, clock.instant(), null);
        assertThatThrownBy(() -> Floor.EMPTY.withLog(List.of(open, open))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClockBehindTheLogNeverMakesTimeRunBackwards() {
        floor.giveFloorTo("anna");
        clock.advance(Duration.ofMinutes(5));
        runner.pause();
        // Reopened on a computer whose clock is an hour behind.
        SessionRunner reopened = new SessionRunner(runner.session(), FakeClock.at("2026-11-23T07:05:00Z"), () -> "x");
        FloorRunner reopenedFloor = new FloorRunner(reopened);
        reopened.start();
        reopenedFloor.handOver();
        reopenedFloor.giveFloorTo("bo");
        reopened.pause();
        Session s = reopened.session();
        for (int i = 1; i < s.timeLog().size(); i++) {
            assertThat(s.timeLog().get(i).start()).isAfterOrEqualTo(s.timeLog().get(i - 1).end());
        }
        for (int i = 1; i < s.floor().log().size(); i++) {
            assertThat(s.floor().log().get(i).start()).isAfterOrEqualTo(s.floor().log().get(i - 1).end());
        }
        assertThat(reopened.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(5));
    }
}
