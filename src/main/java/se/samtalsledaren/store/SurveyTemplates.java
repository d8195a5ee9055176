package se.samtalsledaren.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.samtalsledaren.json.BoundedFiles;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.JsonOutput;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.json.SchemaCheck;
import se.samtalsledaren.json.StrictJson;
import se.samtalsledaren.model.SurveyQuestion;
import se.samtalsledaren.model.SurveyTemplate;

/**
 * Survey templates: the bundled one (the effectiveness survey's numbered statements, verbatim)
 * and the facilitator's own, kept in {@code survey-templates.json} beside {@code preferences.json}
 * (schema {@code survey-templates.schema.json}). The facilitator's file is read defensively; a
 * file that cannot be read is reported with line:column and never written over.
 */
public final class SurveyTemplates {
    public static final String FILE_NAME = "survey-templates.json";
    public static final String SCHEMA_RESOURCE = "se/samtalsledaren/store/survey-templates.schema.json";
    private static final String BUNDLED = "/se/samtalsledaren/store/survey-templates.json";
    private static final StrictJson.Limits LIMITS = new StrictJson.Limits(1024 * 1024, 8, 2000);

    /** The facilitator's templates, or why their file could not be read (then nothing is listed from it). */
    public record Own(List<SurveyTemplate> templates, List<FileProblem> problems) {
        public Own {
            templates = List.copyOf(templates);
            problems = List.copyOf(problems);
        }

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private final Path file;
    private final StrictJson json;
    private final SchemaCheck schema;

    public SurveyTemplates(AppDirectories dirs, Messages messages) {
        this(dirs.config().resolve(FILE_NAME), messages);
    }

    public SurveyTemplates(Path file, Messages messages) {
        this.file = file;
        this.json = new StrictJson(LIMITS, messages);
        this.schema = new SchemaCheck(SCHEMA_RESOURCE, messages);
    }

    public Path file() {
        return file;
    }

    /** The templates that come with the program. */
    public List<SurveyTemplate> bundled() {
        try (InputStream in = SurveyTemplates.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + BUNDLED);
            }
            return parse(BUNDLED, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileProblemException e) {
            throw new IllegalStateException("the bundled survey templates are invalid: " + e.getMessage(), e);
        }
    }

    /** The facilitator's templates (none when the file does not exist yet). Reads a file: not on the UI thread. */
    public Own own() {
        if (!Files.exists(file)) {
            return new Own(List.of(), List.of());
        }
        try {
            return new Own(parse(file.toString(), BoundedFiles.read(file, LIMITS.maxBytes(), json.messages())), List.of());
        } catch (FileProblemException e) {
            return new Own(List.of(), e.problems());
        }
    }

    /**
     * Keeps {@code template} among the facilitator's own, replacing one with the same name.
     * Refused, with the file's problems, when the file exists but cannot be read: it is never
     * written over.
     */
    public List<SurveyTemplate> keep(SurveyTemplate template) throws FileProblemException, IOException {
        Own own = own();
        if (!own.readable()) {
            throw new FileProblemException(own.problems());
        }
        List<SurveyTemplate> list = new ArrayList<>(own.templates());
        list.removeIf(t -> t.name().equals(template.name()));
        list.add(template);
        write(list);
        return list;
    }

    /** Removes the facilitator's template named {@code name}. */
    public List<SurveyTemplate> remove(String name) throws FileProblemException, IOException {
        Own own = own();
        if (!own.readable()) {
            throw new FileProblemException(own.problems());
        }
        List<SurveyTemplate> list = new ArrayList<>(own.templates());
        list.removeIf(t -> t.name().equals(name));
        write(list);
        return list;
    }

    private void write(List<SurveyTemplate> templates) throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("formatVersion", 1);
        ArrayNode list = root.putArray("templates");
        for (SurveyTemplate t : templates) {
            ObjectNode o = list.addObject().put("name", t.name());
            if (!t.source().isEmpty()) {
                o.put("source", t.source());
            }
            ArrayNode questions = o.putArray("questions");
            for (SurveyQuestion q : t.questions()) {
                ObjectNode question = questions.addObject();
                if (!q.number().isEmpty()) {
                    question.put("number", q.number());
                }
                question.put("text", q.text());
            }
        }
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, JsonOutput.pretty(root));
    }

    /** A text of nothing but spaces (which the schema's pattern lets through when they are not ASCII) is a problem. */
    private boolean blank(String name, JsonNode node, String field, List<FileProblem> problems) {
        if (node.asText().isBlank()) {
            int[] lc = StrictJson.location(node);
            problems.add(new FileProblem(name, lc[0], lc[1], field, json.messages().get("emptyText")));
            return true;
        }
        return false;
    }

    private List<SurveyTemplate> parse(String name, byte[] bytes) throws FileProblemException {
        JsonNode root = json.readObject(name, bytes);
        List<FileProblem> problems = new ArrayList<>(schema.check(name, root));
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        List<SurveyTemplate> out = new ArrayList<>();
        int i = 0;
        for (JsonNode t : root.get("templates")) {
            String path = "$.templates[" + i++ + "]";
            boolean noName = blank(name, t.get("name"), path + ".name", problems);
            List<SurveyQuestion> questions = new ArrayList<>();
            int k = 0;
            for (JsonNode q : t.get("questions")) {
                if (!blank(name, q.get("text"), path + ".questions[" + k++ + "].text", problems)) {
                    questions.add(new SurveyQuestion("q" + k, q.path("number").asText(""), q.get("text").asText().strip()));
                }
            }
            if (!noName && problems.isEmpty()) {
                out.add(new SurveyTemplate(t.get("name").asText().strip(), t.path("source").asText(""), questions));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileProblemException(problems);
        }
        return out;
    }
}
