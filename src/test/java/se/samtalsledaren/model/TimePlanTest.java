package se.samtalsledaren.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule a plan follows, which the session set-up asks before it makes one. */
class TimePlanTest {
    @Test
    void aTypedPlanIsCheckedPhaseByPhase() {
        Map<Phase, Integer> minutes = new EnumMap<>(TimePlan.defaultFor(90).minutes());
        assertThat(TimePlan.check(90, minutes)).isEmpty();
        minutes.put(Phase.STEP_2, -5);
        minutes.put(Phase.CLOSING, 1441);
        assertThat(TimePlan.check(0, minutes)).containsExactly(
                new TimePlan.Issue(null, TimePlan.Problem.TOTAL_TOO_SHORT),
                new TimePlan.Issue(Phase.STEP_2, TimePlan.Problem.NEGATIVE),
                new TimePlan.Issue(Phase.CLOSING, TimePlan.Problem.TOO_LONG));
        assertThat(TimePlan.check(1441, Map.of())).containsExactly(new TimePlan.Issue(null, TimePlan.Problem.TOTAL_TOO_LONG));
        assertThat(TimePlan.check(TimePlan.MAX_MINUTES, Map.of(Phase.STEP_1, TimePlan.MAX_MINUTES, Phase.STEP_2, 0))).isEmpty();
    }

    @Test
    void noPlanBreaksTheRule() {
        assertThatThrownBy(() -> new TimePlan(90, Map.of(Phase.STEP_1, -1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimePlan(0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new TimePlan(90, Map.of(Phase.STEP_1, 90)).plannedMinutes(Phase.STEP_2)).isZero();
    }
}
