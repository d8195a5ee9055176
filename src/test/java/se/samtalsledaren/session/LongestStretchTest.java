package se.samtalsledaren.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.TimeSegment;
import se.samtalsledaren.store.SessionFormat;

/**
 * A clock left running over a long holiday, with someone holding the floor: the stretch is closed
 * at 31 days, so the session the app then saves is one the reader takes.
 */
class LongestStretchTest {
    private final FakeClock clock = FakeClock.at("2026-12-18T15:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void aSegmentAndATurnLeftRunningFortyDaysCloseAtThirtyOneAndTheFileReadsBack() throws Exception {
        SessionRunner runner = new SessionRunner(SessionRunnerTest.newSession(90), clock, () -> "n" + ids.incrementAndGet());
        FloorRunner floor = new FloorRunner(runner);
        runner.goTo(Phase.STEP_1);
        runner.start();
        floor.giveFloorTo("p1");
        clock.advance(Duration.ofDays(40));
        floor.endSlot();
        runner.goTo(Phase.STEP_2);

        Session s = runner.session();
        TimeSegment step1 = s.timeLog().stream().filter(t -> t.phase() == Phase.STEP_1).findFirst().orElseThrow();
        assertThat(Duration.between(step1.start(), step1.end())).isEqualTo(TimeSegment.LONGEST);
        assertThat(s.floor().log()).isNotEmpty().allSatisfy(t -> assertThat(Duration.between(t.start(), t.end()))
                .isLessThanOrEqualTo(TimeSegment.LONGEST));

        SessionFormat format = new SessionFormat(new Messages(Locale.ENGLISH));
        Session back = format.read("holiday.json", format.write(s));
        assertThat(back.timeLog()).isEqualTo(s.timeLog());
        assertThat(back.floor().log()).isEqualTo(s.floor().log());
    }

    @Test
    void closingBeforeTheStartOrWithinTheLimitIsUnchanged() {
        TimeSegment open = new TimeSegment(Phase.STEP_3, clock.instant(), null);
        assertThat(open.closedAt(clock.instant().minusSeconds(5)).end()).isEqualTo(clock.instant());
        assertThat(open.closedAt(clock.instant().plus(Duration.ofDays(31))).end()).isEqualTo(clock.instant().plus(Duration.ofDays(31)));
        assertThat(open.closedAt(clock.instant().plus(Duration.ofDays(31)).plusNanos(1)).end())
                .isEqualTo(clock.instant().plus(Duration.ofDays(31)));
    }
}
