package se.samtalsledaren.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One participant's own preparation of a case, written alone before the session: reflections
 * on the case's questions and on each discussion step. Immutable.
 *
 * @param id        stable id of this preparation (kept when the participant saves again), so a
 *                  re-sent file replaces the one imported earlier
 * @param caseRef   the case prepared
 * @param name      the participant's name; empty when {@code anonymous}
 * @param role      the participant's role, or null when not given
 * @param anonymous whether the participant asked not to be named to the group
 * @param questions reflections on questions, in question order
 * @param steps     free reflections per discussion step (STEP_1..STEP_5); blank ones left out
 * @param timeUsed  preparation time measured with the timer, or null when not used
 * @param savedAt   when the file was saved, or null before the first save
 */
public record Preparation(
        String id,
        CaseRef caseRef,
        String name,
        Role role,
        boolean anonymous,
        List<QuestionReflection> questions,
        Map<Phase, String> steps,
        Duration timeUsed,
        Instant savedAt) {

    /**
     * A reflection on one question, with a snapshot of the question as the participant saw it.
     *
     * @param number   the question's number in the case, from 1
     * @param step     the discussion step the question belongs to (1–5)
     * @param question the question's text
     * @param text     the participant's reflection
     */
    public record QuestionReflection(int number, int step, String question, String text) {
        public QuestionReflection {
            if (number < 1) {
                throw new IllegalArgumentException("question numbers start at 1, was " + number);
            }
            Phase.ofStep(step);
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(text, "text");
        }

        public Phase phase() {
            return Phase.ofStep(step);
        }
    }

    public Preparation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseRef, "caseRef");
        name = anonymous || name == null ? "" : name.strip();
        questions = questions.stream().filter(q -> !q.text().isBlank()).toList();
        EnumMap<Phase, String> s = new EnumMap<>(Phase.class);
        steps.forEach((p, t) -> {
            if (!p.isStep()) {
                throw new IllegalArgumentException("reflections belong to discussion steps, not " + p.key());
            }
            if (t != null && !t.isBlank()) {
                s.put(p, t);
            }
        });
        steps = Collections.unmodifiableMap(s);
        if (timeUsed != null && timeUsed.isNegative()) {
            throw new IllegalArgumentException("time used cannot be negative");
        }
    }

    /** The free reflection on a step, or an empty string. */
    public String step(Phase step) {
        return steps.getOrDefault(step, "");
    }

    /** The reflection on question {@code number}, or an empty string. */
    public String question(int number) {
        return questions.stream().filter(q -> q.number() == number).map(QuestionReflection::text).findFirst().orElse("");
    }

    /** Whether anything at all is written. */
    public boolean isEmpty() {
        return questions.isEmpty() && steps.isEmpty();
    }
}
