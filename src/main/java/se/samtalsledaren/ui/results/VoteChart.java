package se.samtalsledaren.ui.results;

import java.util.List;
import java.util.Map;
import se.samtalsledaren.model.Role;

/**
 * A closed dot vote's result as the room sees it: per solution, the dots from each role side by
 * side (förtroendevalda, tjänstepersoner, and others when any voted).
 *
 * @param caption when it ran and who voted
 * @param roles   the roles shown, in order, with their names
 * @param rows    the solutions in the order voted on
 */
public record VoteChart(String title, String caption, Map<Role, String> roles, List<Row> rows) implements Chart {
    public VoteChart {
        roles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roles));
        rows = List.copyOf(rows);
    }

    /** One solution's dots by role. */
    public record Row(String solution, Map<Role, Integer> dots) {
        public Row {
            dots = Map.copyOf(dots);
        }

        public int of(Role role) {
            return dots.getOrDefault(role, 0);
        }
    }

    /** The most dots one role gave one solution: the length of a full bar. */
    public int max() {
        return rows.stream().flatMap(r -> r.dots().values().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }
}
