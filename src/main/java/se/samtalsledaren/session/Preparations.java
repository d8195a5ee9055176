package se.samtalsledaren.session;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.TimeSegment;

/**
 * What the facilitator sees of the participants' own preparations during a session. A step's
 * reflections (the free text on the step and those on the questions mapped to it) are revealed
 * only once the group has reached that step, so nobody's preparation steers the discussion
 * early. Pure functions of the session; pulling an item into the notes goes through the runner.
 */
public final class Preparations {
    private Preparations() {}

    /**
     * One reflection that can be shown and pulled into the group's notes.
     *
     * @param preparationId the preparation it belongs to
     * @param step          the discussion step it is revealed in
     * @param question      the question's number (from 1) for a reflection on a question, 0 for the step's own
     * @param questionText  the question as the participant saw it, or empty
     * @param text          the reflection
     */
    public record Item(String preparationId, Phase step, int question, String questionText, String text) {}

    /** The reflections of one preparation in one step, in the order of the case's questions, the step's own last. */
    public static List<Item> items(Preparation p, Phase step) {
        List<Item> out = new ArrayList<>();
        for (Preparation.QuestionReflection q : p.questions()) {
            if (q.phase() == step) {
                out.add(new Item(p.id(), step, q.number(), q.question(), q.text().strip()));
            }
        }
        String own = p.step(step);
        if (!own.isBlank()) {
            out.add(new Item(p.id(), step, 0, "", own.strip()));
        }
        return out;
    }

    /**
     * Whether the group has reached {@code step}: the session is in it or a later phase now, or
     * the time log shows the group was there (going back to an earlier step hides nothing that
     * was already seen).
     */
    public static boolean reached(Session s, Phase step) {
        if (s.current().ordinal() >= step.ordinal()) {
            return true;
        }
        for (TimeSegment seg : s.timeLog()) {
            if (seg.phase().ordinal() >= step.ordinal()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The revealed reflections of the current step, per preparation (in import order, those with
     * nothing for the step left out); empty outside the discussion steps.
     */
    public static Map<Preparation, List<Item>> revealedNow(Session s) {
        Map<Preparation, List<Item>> out = new LinkedHashMap<>();
        Phase step = s.current();
        if (!step.isStep()) {
            return out;
        }
        for (Preparation p : s.preparations()) {
            List<Item> items = items(p, step);
            if (!items.isEmpty()) {
                out.put(p, items);
            }
        }
        return out;
    }

    /** For every step the group has not reached yet: how many preparations have something for it. */
    public static Map<Phase, Integer> hiddenCounts(Session s) {
        Map<Phase, Integer> out = new EnumMap<>(Phase.class);
        for (Phase step : Phase.values()) {
            if (step.isStep() && !reached(s, step)) {
                int n = (int) s.preparations().stream().filter(p -> !items(p, step).isEmpty()).count();
                if (n > 0) {
                    out.put(step, n);
                }
            }
        }
        return out;
    }

    /**
     * The session participant a preparation is attributed to: the one with the same name (case
     * and surrounding spaces ignored), unless the participant chose to be anonymous.
     */
    public static Optional<Participant> author(Session s, Preparation p) {
        if (p.anonymous() || p.name().isBlank()) {
            return Optional.empty();
        }
        String name = normalise(p.name());
        return s.participants().stream().filter(x -> normalise(x.name()).equals(name)).findFirst();
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Whether the item's text is already among the step's notes (pulled before, or noted by hand). */
    public static boolean inNotes(Session s, Item item) {
        return s.notesFor(item.step()).stream().map(Note::text).anyMatch(t -> t.strip().equals(item.text()));
    }

    /**
     * Pulls a revealed item into the group's notes of its step, attributed to the matching
     * participant (or to nobody). Refused for a step the group has not reached.
     */
    public static Note pull(SessionRunner runner, Item item) {
        Session s = runner.session();
        if (!reached(s, item.step())) {
            throw new IllegalStateException("step " + item.step().step() + " has not been reached yet");
        }
        Preparation p = s.preparations().stream().filter(x -> x.id().equals(item.preparationId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preparation " + item.preparationId()));
        return runner.addNote(item.step(), item.text(), author(s, p).map(Participant::id).orElse(""), null);
    }

    /**
     * Adds imported preparations to a session's: one with the id of an earlier import (the
     * participant sent the file again) replaces it in place; new ones go to the end.
     */
    public static List<Preparation> merge(List<Preparation> existing, List<Preparation> imported) {
        List<Preparation> out = existing;
        for (Preparation p : imported) {
            boolean known = out.stream().anyMatch(x -> x.id().equals(p.id()));
            out = known ? Lists.replace(out, Preparation::id, p.id(), x -> p) : Lists.append(out, p);
        }
        return out;
    }
}
