package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.BoundedFiles;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;

/**
 * The preparation file format ({@code *.forberedelse.json}, version 1, {@code
 * docs/preparation-format.md}, schema {@code preparation.schema.json}): a participant's own
 * reflections on a case, small enough to mail to the facilitator. Reads untrusted files with
 * every problem located by line:column and field; the same objects are embedded in session
 * files under {@code preparations}.
 */
public final class PreparationFormat {
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "se/samtalsledaren/store/preparation.schema.json";
    /** The file name ending the app proposes, so facilitators can tell the files apart. */
    public static final String EXTENSION = ".forberedelse.json";
    public static final StrictJson.Limits LIMITS = new StrictJson.Limits(1024 * 1024, 16, 20_000);

    private final StrictJson json;
    private final SchemaCheck schema;
    private final Messages messages;

    public PreparationFormat(Messages messages) {
        this.messages = messages;
        this.json = new StrictJson(LIMITS, messages);
        this.schema = new SchemaCheck(SCHEMA_RESOURCE, messages);
    }

    /** Reads a whole preparation file. */
    public Preparation read(String file, byte[] bytes) throws FileProblemException {
        return readFor(file, bytes, null);
    }

    /**
     * Reads a preparation file that must concern {@code expected} (any case when null); a
     * preparation of another case is refused with the location of its {@code case} field.
     */
    public Preparation readFor(String file, byte[] bytes, CaseRef expected) throws FileProblemException {
        JsonNode root = json.readObject(file, bytes);
        List<FileProblem> problems = new ArrayList<>();
        Preparation p = read(file, root, "$", problems);
        if (p != null && expected != null && !p.caseRef().id().equals(expected.id())) {
            int[] lc = StrictJson.location(root.get("case"));
            problems.add(new FileProblem(file, lc[0], lc[1], "$.case.id", messages.get("otherCase",
                    p.caseRef().number() + " " + p.caseRef().title(), expected.number() + " " + expected.title())));
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return p;
    }

    /**
     * Reads one preparation object located at {@code path} (e.g. {@code $.preparations[2]}) of a
     * location-aware tree; adds every problem to {@code problems} and returns null when there is any.
     */
    public Preparation read(String file, JsonNode node, String path, List<FileProblem> problems) {
        List<FileProblem> found = new ArrayList<>();
        for (FileProblem p : schema.check(file, node)) {
            found.add(new FileProblem(p.file(), p.line(), p.column(), path + p.field().substring(1), p.message()));
        }
        if (found.isEmpty()) {
            Preparation p = convert(file, node, path, found);
            if (found.isEmpty()) {
                return p;
            }
        }
        problems.addAll(found);
        return null;
    }

    private Preparation convert(String file, JsonNode n, String path, List<FileProblem> problems) {
        JsonNode c = n.get("case");
        CaseRef caseRef = new CaseRef(c.get("id").asText(), c.get("number").asInt(), c.get("title").asText());
        List<Preparation.QuestionReflection> questions = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        int i = 0;
        for (JsonNode q : n.get("questions")) {
            int number = q.get("number").asInt();
            if (!numbers.add(number)) {
                int[] lc = StrictJson.location(q.get("number"));
                problems.add(new FileProblem(file, lc[0], lc[1], path + ".questions[" + i + "].number",
                        messages.get("duplicateQuestion", number)));
            }
            questions.add(new Preparation.QuestionReflection(number, q.get("step").asInt(), q.get("question").asText(),
                    q.get("reflection").asText()));
            i++;
        }
        Map<Phase, String> steps = new EnumMap<>(Phase.class);
        n.get("steps").fields().forEachRemaining(e -> steps.put(Phase.fromKey(e.getKey()).orElseThrow(), e.getValue().asText()));
        Duration timeUsed = n.has("timeUsedSeconds") ? Duration.ofSeconds(n.get("timeUsedSeconds").asLong()) : null;
        Instant savedAt = null;
        int[] at = StrictJson.location(n.get("savedAt"));
        try {
            savedAt = Timestamps.parse(n.get("savedAt").asText());
            if (savedAt.isBefore(SessionFormat.FIRST_INSTANT) || savedAt.isAfter(SessionFormat.LAST_INSTANT)) {
                problems.add(new FileProblem(file, at[0], at[1], path + ".savedAt", messages.get("instantRange", n.get("savedAt").asText())));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FileProblem(file, at[0], at[1], path + ".savedAt", messages.get("badInstant", n.get("savedAt").asText())));
        }
        Role role = n.has("role") ? Role.fromKey(n.get("role").asText()).orElseThrow() : null;
        boolean anonymous = n.get("anonymous").asBoolean();
        return new Preparation(n.get("id").asText(), caseRef, n.path("name").asText(""), role, anonymous, questions, steps,
                timeUsed, savedAt);
    }

    /** The JSON object of a preparation, as in a file; an anonymous preparation carries no name. */
    public ObjectNode toNode(Preparation p) {
        if (p.savedAt() == null) {
            throw new IllegalArgumentException("a preparation is written with the time it was saved");
        }
        ObjectNode n = JsonOutput.mapper().createObjectNode();
        n.put("formatVersion", FORMAT_VERSION);
        n.put("id", p.id());
        n.putObject("case").put("id", p.caseRef().id()).put("number", p.caseRef().number()).put("title", p.caseRef().title());
        if (!p.anonymous()) {
            n.put("name", p.name());
        }
        if (p.role() != null) {
            n.put("role", p.role().key());
        }
        n.put("anonymous", p.anonymous());
        ArrayNode questions = n.putArray("questions");
        for (Preparation.QuestionReflection q : p.questions()) {
            questions.addObject().put("number", q.number()).put("step", q.step()).put("question", q.question())
                    .put("reflection", q.text());
        }
        ObjectNode steps = n.putObject("steps");
        p.steps().forEach((phase, text) -> steps.put(phase.key(), text));
        if (p.timeUsed() != null) {
            n.put("timeUsedSeconds", p.timeUsed().toSeconds());
        }
        n.put("savedAt", Timestamps.format(p.savedAt()));
        return n;
    }

    public byte[] write(Preparation p) {
        return JsonOutput.pretty(toNode(p));
    }

    /** Saves atomically: a crash leaves the old or the new file, never half of one. */
    public void save(Path file, Preparation p) throws IOException {
        AtomicFiles.write(file, write(p));
    }

    public Preparation open(Path file) throws FileProblemException {
        return read(file.toString(), BoundedFiles.read(file, LIMITS.maxBytes(), messages));
    }

    public Preparation openFor(Path file, CaseRef expected) throws FileProblemException {
        return readFor(file.toString(), BoundedFiles.read(file, LIMITS.maxBytes(), messages), expected);
    }
}
