package se.samtalsledaren.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.BlockType;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Commentary;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Question;
import se.samtalsledaren.model.Source;
import se.samtalsledaren.model.TeachingNotes;

/**
 * The case file format: reads untrusted case files into {@link Case} records, reporting every
 * problem with file, line:column and field, and writes cases back. Version 2 is version 1 plus
 * optional {@code teachingNotes}; a case is written in the lowest version that holds it, so a
 * case without teaching notes stays a version-1 file.
 * The format is documented in {@code docs/case-format.md} and {@code cases/schema.json}.
 */
public final class CaseFormat {
    /** The newest version this build reads and writes. */
    public static final int FORMAT_VERSION = 2;
    /** The version written for cases without teaching notes. */
    public static final int BASE_VERSION = 1;
    public static final String SCHEMA_RESOURCE = "se/samtalsledaren/cases/schema.json";

    private final StrictJson json;
    private final SchemaCheck schema;
    private final Messages messages;
    private final ObjectMapper writer = JsonOutput.mapper();

    public CaseFormat(Messages messages) {
        this.messages = messages;
        this.json = new StrictJson(StrictJson.Limits.CASE_FILE, messages);
        this.schema = new SchemaCheck(SCHEMA_RESOURCE, messages);
    }

    public StrictJson.Limits limits() {
        return json.limits();
    }

    /** The messages problems are reported in. */
    public Messages messages() {
        return messages;
    }

    /**
     * Reads one case file.
     *
     * @param file  the name shown in problems
     * @param bytes the whole file content
     * @throws FileProblemException listing every problem found
     */
    public Case read(String file, byte[] bytes) throws FileProblemException {
        JsonNode root = json.readObject(file, bytes);
        JsonNode version = root.path("formatVersion");
        if (version.isIntegralNumber() && version.asLong() > FORMAT_VERSION) {
            int[] lc = StrictJson.location(version);
            throw new FileProblemException(new FileProblem(file, lc[0], lc[1], "$.formatVersion",
                    messages.get("newerFormat", version.asText(), FORMAT_VERSION)));
        }
        List<FileProblem> problems = new ArrayList<>(schema.check(file, root));
        if (problems.isEmpty() && version.asInt() < 2 && root.has("teachingNotes")) {
            int[] lc = StrictJson.location(root.get("teachingNotes"));
            problems.add(new FileProblem(file, lc[0], lc[1], "$.teachingNotes", messages.get("teachingNotesNeedV2")));
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return toCase(root);
    }

    /**
     * Reads one of the app's own case files (bundled in the jar): parsed as strictly as any file,
     * but not checked against the schema again at every start, since the build checks each of them
     * ({@code BundledCasesTest.everyBundledFileValidatesAgainstTheSchema}). Compiling the schema and
     * checking 13 files took about a third of the library's loading at start, on the core the
     * window's start needs too (docs/performance.md). A file that does not read as a case anyway is
     * read again with every check, so that its problems are reported as for any file.
     */
    public Case readBundled(String file, byte[] bytes) throws FileProblemException {
        JsonNode root = json.readObject(file, bytes);
        if (root.path("formatVersion").isIntegralNumber() && root.path("formatVersion").asLong() <= FORMAT_VERSION) {
            try {
                return toCase(root);
            } catch (RuntimeException notACase) {
                // Reported below, with the schema's words.
            }
        }
        return read(file, bytes);
    }

    private static Case toCase(JsonNode n) {
        List<NarrativeBlock> narrative = new ArrayList<>();
        for (JsonNode b : n.get("narrative")) {
            narrative.add(new NarrativeBlock(BlockType.fromKey(b.get("type").asText()).orElseThrow(),
                    b.get("text").asText()));
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode q : n.get("questions")) {
            questions.add(new Question(q.get("text").asText(), q.get("step").asInt()));
        }
        Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
        for (JsonNode d : n.path("dimensions")) {
            dimensions.add(Dimension.fromKey(d.asText()).orElseThrow());
        }
        List<Commentary> commentary = new ArrayList<>();
        for (JsonNode c : n.path("commentary")) {
            commentary.add(new Commentary(c.get("text").asText(), c.path("location").asText("")));
        }
        JsonNode s = n.get("source");
        Source source = new Source(s.get("publisher").asText(), s.get("title").asText(),
                strings(s.path("authors")), s.path("part").asText(""), s.path("note").asText(""));
        return new Case(n.get("id").asText(), n.get("number").asInt(), n.get("title").asText(),
                n.get("thoughtAssociation").asText(), narrative, questions, strings(n.path("themes")),
                dimensions, strings(n.path("relatedCases")), commentary, source, teachingNotes(n.path("teachingNotes")));
    }

    private static TeachingNotes teachingNotes(JsonNode t) {
        if (t.isMissingNode()) {
            return TeachingNotes.NONE;
        }
        List<TeachingNotes.BoardArea> board = new ArrayList<>();
        for (JsonNode b : t.path("boardPlan")) {
            board.add(new TeachingNotes.BoardArea(b.get("area").asText(), b.get("content").asText()));
        }
        Map<Phase, Integer> minutes = new EnumMap<>(Phase.class);
        t.path("suggestedMinutes").fields().forEachRemaining(e ->
                minutes.put(Phase.fromKey(e.getKey()).orElseThrow(), e.getValue().asInt()));
        return new TeachingNotes(strings(t.path("learningObjectives")), t.path("openingQuestion").asText(""),
                strings(t.path("fightingIssues")), board, minutes);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    /** Serialises a case as a pretty-printed UTF-8 case file that {@link #read} accepts. */
    public byte[] write(Case c) {
        ObjectNode n = writer.createObjectNode();
        n.put("formatVersion", c.teachingNotes().isEmpty() ? BASE_VERSION : FORMAT_VERSION);
        n.put("id", c.id());
        n.put("number", c.number());
        n.put("title", c.title());
        n.put("thoughtAssociation", c.thoughtAssociation());
        ArrayNode narrative = n.putArray("narrative");
        c.narrative().forEach(b -> narrative.addObject().put("type", b.type().key()).put("text", b.text()));
        ArrayNode questions = n.putArray("questions");
        c.questions().forEach(q -> questions.addObject().put("text", q.text()).put("step", q.step()));
        ArrayNode themes = n.putArray("themes");
        c.themes().forEach(themes::add);
        ArrayNode dimensions = n.putArray("dimensions");
        c.dimensions().forEach(d -> dimensions.add(d.key()));
        ArrayNode related = n.putArray("relatedCases");
        c.relatedCases().forEach(related::add);
        ArrayNode commentary = n.putArray("commentary");
        c.commentary().forEach(k -> commentary.addObject().put("text", k.text()).put("location", k.location()));
        ObjectNode source = n.putObject("source");
        source.put("publisher", c.source().publisher());
        source.put("title", c.source().title());
        ArrayNode authors = source.putArray("authors");
        c.source().authors().forEach(authors::add);
        source.put("part", c.source().part());
        source.put("note", c.source().note());
        if (!c.teachingNotes().isEmpty()) {
            writeTeachingNotes(n.putObject("teachingNotes"), c.teachingNotes());
        }
        return JsonOutput.pretty(n);
    }

    /** Writes only the parts of the notes that are filled in. */
    private static void writeTeachingNotes(ObjectNode t, TeachingNotes notes) {
        if (!notes.learningObjectives().isEmpty()) {
            ArrayNode a = t.putArray("learningObjectives");
            notes.learningObjectives().forEach(a::add);
        }
        if (!notes.openingQuestion().isEmpty()) {
            t.put("openingQuestion", notes.openingQuestion());
        }
        if (!notes.fightingIssues().isEmpty()) {
            ArrayNode a = t.putArray("fightingIssues");
            notes.fightingIssues().forEach(a::add);
        }
        if (!notes.boardPlan().isEmpty()) {
            ArrayNode a = t.putArray("boardPlan");
            notes.boardPlan().forEach(b -> a.addObject().put("area", b.area()).put("content", b.content()));
        }
        if (!notes.suggestedMinutes().isEmpty()) {
            ObjectNode m = t.putObject("suggestedMinutes");
            notes.suggestedMinutes().forEach((p, v) -> m.put(p.key(), v));
        }
    }
}
