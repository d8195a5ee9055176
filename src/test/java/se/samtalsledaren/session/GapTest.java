package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;

/**
 * A session opened again after the app did not run it (killed, power cut, window closed with the
 * clock running): the time in between is not counted. All on a fake clock.
 */
class GapTest {
    private final FakeClock clock = FakeClock.at("2026-11-23T13:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();

    /** A session in step 1 whose clock ran from 13:00 and whose app died; the runner of the next start. */
    private SessionRunner crashedAt(Instant lastSaved, Instant reopened, boolean speaking) {
        SessionRunner before = new SessionRunner(SessionRunnerTest.newSession(90), clock, () -> "n" + ids.incrementAndGet());
        before.goTo(Phase.STEP_1);
        before.start();
        if (speaking) {
            new FloorRunner(before).giveFloorTo("p1");
        }
        Session saved = before.session();
        clock.advance(Duration.between(clock.instant(), reopened));
        return new SessionRunner(saved, clock, () -> "m" + ids.incrementAndGet());
    }

    @Test
    void theTimeTheAppWasNotRunningIsNotCountedAndTheSessionWaitsPaused() {
        Instant saved = Instant.parse("2026-11-23T13:05:00Z");
        SessionRunner runner = crashedAt(saved, Instant.parse("2026-11-23T13:13:17Z"), false);
        assertThat(runner.elapsed(Phase.STEP_1)).as("counted up to now before").isEqualTo(Duration.ofSeconds(13 * 60 + 17));

        Gap gap = runner.reopenedAfter(saved).orElseThrow();
        assertThat(gap.from()).isEqualTo(saved);
        assertThat(gap.to()).isEqualTo(Instant.parse("2026-11-23T13:13:17Z"));
        assertThat(gap.length()).isEqualTo(Duration.ofSeconds(8 * 60 + 17));
        assertThat(runner.running()).isFalse();
        assertThat(runner.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(runner.session().timeLog().get(runner.session().timeLog().size() - 1).end()).isEqualTo(saved);

        // Paused: minutes later nothing more is counted, and the gap is still said.
        clock.advanceMinutes(3);
        assertThat(runner.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(5));
        assertThat(runner.gap()).contains(gap);

        // The facilitator starts the clock: it counts from now, and the gap is history.
        runner.start();
        assertThat(runner.gap()).isEmpty();
        clock.advanceMinutes(2);
        assertThat(runner.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void aRunningTurnStopsAtTheSameInstantAndTheSpeakerKeepsTheFloor() {
        Instant saved = Instant.parse("2026-11-23T13:04:00Z");
        SessionRunner runner = crashedAt(saved, Instant.parse("2026-11-23T13:30:00Z"), true);
        runner.reopenedAfter(saved);
        FloorRunner floor = new FloorRunner(runner);
        assertThat(floor.state().speaker()).isEqualTo("p1");
        assertThat(floor.state().speaking()).isFalse();
        assertThat(floor.airtime().of("p1").time()).isEqualTo(Duration.ofMinutes(4));
        clock.advanceMinutes(10);
        assertThat(floor.airtime().of("p1").time()).isEqualTo(Duration.ofMinutes(4));
        // Continuing the speaker starts the clock again.
        floor.toggleSpeaking();
        assertThat(runner.running()).isTrue();
        assertThat(runner.gap()).isEmpty();
    }

    @Test
    void aSessionWhoseClockWasNotRunningIsOpenedAsItWas() {
        SessionRunner before = new SessionRunner(SessionRunnerTest.newSession(90), clock, () -> "x");
        before.start();
        clock.advanceMinutes(4);
        before.pause();
        Session saved = before.session();
        clock.advanceMinutes(60);
        SessionRunner runner = new SessionRunner(saved, clock, () -> "y");
        assertThat(runner.reopenedAfter(clock.instant().minus(Duration.ofMinutes(60)))).isEmpty();
        assertThat(runner.session()).isEqualTo(saved);
        assertThat(runner.gap()).isEmpty();
    }

    @Test
    void aSaveTimeFromAnotherClockIsKeptWithinTheLogAndNow() {
        // The file's time is earlier than the segment's start (another clock): nothing of the segment is counted.
        SessionRunner early = crashedAt(Instant.parse("2026-11-23T13:10:00Z"), Instant.parse("2026-11-23T13:20:00Z"), false);
        early.reopenedAfter(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(early.elapsed(Phase.STEP_1)).isZero();
        assertThat(early.gap().orElseThrow().length()).isEqualTo(Duration.ofMinutes(20));
        // The file's time is later than now: stopped now, no gap to speak of (this one ran from 13:20 to 14:00).
        SessionRunner late = crashedAt(Instant.parse("2026-11-23T13:50:00Z"), Instant.parse("2026-11-23T14:00:00Z"), false);
        late.reopenedAfter(Instant.parse("2026-11-23T15:00:00Z"));
        assertThat(late.running()).isFalse();
        assertThat(late.elapsed(Phase.STEP_1)).isEqualTo(Duration.ofMinutes(40));
        assertThat(late.gap()).isEmpty();
    }
}
