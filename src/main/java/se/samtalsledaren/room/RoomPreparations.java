package se.samtalsledaren.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Session;

/**
 * A participant's typing on the phone as a {@link Preparation} of the session: one per
 * participant (id {@code rum-<participant id>}), named as the participant so the facilitator's
 * panel attributes it, and revealed step by step like an imported file. Fields are named
 * {@code q<number>} for a question (its number in the case, from 1) and {@code s<step>} for the
 * free text on a step.
 */
public final class RoomPreparations {
    private static final Pattern FIELD = Pattern.compile("([qs])([1-9][0-9]{0,2})"); // no leading zeros: "q01" is not "q1"

    private RoomPreparations() {}

    /** The id of the preparation typed on phones by {@code participantId}. */
    public static String idFor(String participantId) {
        String id = "rum-" + participantId;
        if (id.length() <= 64) {
            return id;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(participantId.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("rum-");
            for (int i = 0; i < 20; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The participant's phone preparation in the session, if they have typed anything. */
    public static Optional<Preparation> of(Session s, String participantId) {
        String id = idFor(participantId);
        return s.preparations().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether {@code name} is a field of this case. */
    public static boolean isField(Case c, String name) {
        Matcher m = FIELD.matcher(name);
        if (!m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group(2));
        return m.group(1).equals("q") ? n >= 1 && n <= c.questions().size() : n >= 1 && n <= 5;
    }

    /** Every field's text of a preparation (absent fields are empty). */
    public static Map<String, String> fields(Case c, Optional<Preparation> p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i <= c.questions().size(); i++) {
            int number = i;
            out.put("q" + i, p.map(x -> x.question(number)).orElse(""));
        }
        for (int step = 1; step <= 5; step++) {
            Phase ph = Phase.ofStep(step);
            out.put("s" + step, p.map(x -> x.step(ph)).orElse(""));
        }
        return out;
    }

    /**
     * The preparation after the participant changed {@code edits} (field to new text; other
     * fields keep their text). Question reflections carry the question's text, as a file does.
     */
    public static Preparation apply(Case c, Participant who, Optional<Preparation> before, Map<String, String> edits,
                                    Instant now) {
        Map<String, String> all = fields(c, before);
        all.putAll(edits);
        List<Preparation.QuestionReflection> qs = new ArrayList<>();
        for (int i = 1; i <= c.questions().size(); i++) {
            Question q = c.questions().get(i - 1);
            qs.add(new Preparation.QuestionReflection(i, q.step(), q.text(), all.get("q" + i)));
        }
        Map<Phase, String> steps = new EnumMap<>(Phase.class);
        for (int step = 1; step <= 5; step++) {
            steps.put(Phase.ofStep(step), all.get("s" + step));
        }
        return new Preparation(idFor(who.id()), CaseRef.of(c), who.name(), who.role(), false, qs, steps, null, now);
    }

    /** Characters written in a preparation. */
    public static int chars(Preparation p) {
        int n = 0;
        for (Preparation.QuestionReflection q : p.questions()) {
            n += q.text().length();
        }
        for (String t : p.steps().values()) {
            n += t.length();
        }
        return n;
    }
}
