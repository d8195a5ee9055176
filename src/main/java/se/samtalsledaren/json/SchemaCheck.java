package se.samtalsledaren.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Validates a location-aware JSON tree against a bundled JSON Schema (draft 2020-12); safe to
 * share between threads. The schema is compiled on first use, not when the check is made: the
 * app builds its file formats while it starts, and most of their schemas are not needed before
 * the first window is shown.
 */
public final class SchemaCheck {
    private final String schemaResource;
    private final Messages messages;
    private volatile JsonSchema schema;

    public SchemaCheck(String schemaResource, Messages messages) {
        this.schemaResource = schemaResource;
        this.messages = messages;
    }

    private JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (this) {
                s = schema;
                if (s == null) {
                    s = compile();
                    schema = s;
                }
            }
        }
        return s;
    }

    private JsonSchema compile() {
        String text;
        try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + schemaResource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Locale locale = messages.locale();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(locale).pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true).build();
        JsonSchema compiled = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(text, InputFormat.JSON, config);
        // Resolves the whole schema now instead of lazily during the first validation, so that
        // several threads may validate with it at once (the library loads files in parallel).
        compiled.initializeValidators();
        return compiled;
    }

    /**
     * Where the closest node on the way to {@code path} that carries a location stands: a node
     * that a migration made (it has none) is reported at the object it was put in.
     */
    private static int[] nearestLocated(JsonNode root, com.networknt.schema.JsonNodePath path) {
        int[] best = StrictJson.location(root);
        JsonNode n = root;
        for (int i = 0; i < path.getNameCount() && n != null; i++) {
            Object element = path.getElement(i);
            n = element instanceof Integer index ? n.get(index) : n.get(String.valueOf(element));
            int[] lc = StrictJson.location(n);
            if (lc[0] > 0) {
                best = lc;
            }
        }
        return best;
    }

    /** Every schema violation of {@code node}, in file order. */
    public List<FileProblem> check(String file, JsonNode node) {
        return schema().validate(node).stream()
                .map(m -> toProblem(file, node, m))
                .sorted(Comparator.comparingInt(FileProblem::line).thenComparingInt(FileProblem::column)
                        .thenComparing(FileProblem::field))
                .distinct()
                .toList();
    }

    private FileProblem toProblem(String file, JsonNode root, ValidationMessage m) {
        int[] lc = StrictJson.location(m.getInstanceNode());
        if (lc[0] == 0) {
            lc = nearestLocated(root, m.getInstanceLocation());
        }
        String field = m.getInstanceLocation().toString();
        String message = m.getMessage();
        // The library prefixes its message with the instance path; we show the path separately.
        if (message.startsWith(field + ": ")) {
            message = message.substring(field.length() + 2);
        }
        if ("minLength".equals(m.getType()) && m.getArguments() != null && m.getArguments().length > 0
                && "1".equals(String.valueOf(m.getArguments()[0]))) {
            message = messages.get("emptyText");
        }
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            field = field + "." + m.getProperty();
            message = messages.get("missingField", m.getProperty());
        }
        return new FileProblem(file, lc[0], lc[1], field, messages.get("schema", message));
    }
}
