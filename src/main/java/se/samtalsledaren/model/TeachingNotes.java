package se.samtalsledaren.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trainer's teaching notes for a case, shown to the facilitator only (never to participants
 * or on a projector).
 *
 * @param learningObjectives what the group should take away, one objective per entry
 * @param openingQuestion    a suggested question to open the conversation; empty when none
 * @param fightingIssues     the "fighting issues" where groups usually disagree
 * @param boardPlan          what to write where on the board or flip chart
 * @param suggestedMinutes   suggested minutes per phase; phases without a suggestion are absent
 */
public record TeachingNotes(List<String> learningObjectives, String openingQuestion, List<String> fightingIssues,
                            List<BoardArea> boardPlan, Map<Phase, Integer> suggestedMinutes) {
    /** Most minutes a phase can be suggested to take; matches the time plan's spinners. */
    public static final int MAX_MINUTES = 600;
    public static final TeachingNotes NONE = new TeachingNotes(List.of(), "", List.of(), List.of(), Map.of());

    public TeachingNotes {
        learningObjectives = List.copyOf(learningObjectives);
        openingQuestion = Objects.requireNonNullElse(openingQuestion, "");
        fightingIssues = List.copyOf(fightingIssues);
        boardPlan = List.copyOf(boardPlan);
        EnumMap<Phase, Integer> minutes = new EnumMap<>(Phase.class);
        suggestedMinutes.forEach((p, m) -> {
            if (m < 0 || m > MAX_MINUTES) {
                throw new IllegalArgumentException(p.key() + " must be 0.." + MAX_MINUTES + " minutes, was " + m);
            }
            minutes.put(Objects.requireNonNull(p), m);
        });
        suggestedMinutes = Collections.unmodifiableMap(minutes);
    }

    /** Whether there is nothing in the notes (the case file then has no {@code teachingNotes}). */
    public boolean isEmpty() {
        return learningObjectives.isEmpty() && openingQuestion.isEmpty() && fightingIssues.isEmpty()
                && boardPlan.isEmpty() && suggestedMinutes.isEmpty();
    }

    /**
     * The suggested minutes laid over {@code plan}: phases with a suggestion take it, the others
     * keep their planned minutes; the total becomes the sum when every phase has a suggestion.
     */
    public TimePlan applyTo(TimePlan plan) {
        TimePlan result = plan;
        for (Map.Entry<Phase, Integer> e : suggestedMinutes.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        if (suggestedMinutes.size() == Phase.values().length && result.sum() > 0) {
            result = result.withTotal(result.sum());
        }
        return result;
    }

    /** One area of the board plan: where ({@code area}, e.g. "Vänster blädderblock") and what to write there. */
    public record BoardArea(String area, String content) {
        public BoardArea {
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(content, "content");
        }
    }
}
