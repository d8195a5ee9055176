package se.samtalsledaren.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Copies a session file with every time stamp moved by the same amount, so that its latest lies
 * a minute before now. The app never lets a clock start before the last time in a session's log,
 * so a session whose log ends in the future (the examples are dated 23 November 2026) shows
 * clocks that stand still until then; {@code memory.sh} uses this to measure a session whose
 * clocks run.
 *
 * <pre>java -cp bench/target/benchmarks.jar se.samtalsledaren.bench.ShiftSession IN OUT</pre>
 */
public final class ShiftSession {
    private ShiftSession() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ShiftSession IN OUT");
            System.exit(2);
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode session = mapper.readTree(Path.of(args[0]).toFile());
        List<Instant> found = new ArrayList<>();
        visit(session, found, null);
        if (found.isEmpty()) {
            mapper.writeValue(Path.of(args[1]).toFile(), session);
            return;
        }
        Instant latest = found.stream().max(Instant::compareTo).orElseThrow();
        Duration shift = Duration.between(latest, Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60));
        visit(session, new ArrayList<>(), shift);
        mapper.writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), session);
        System.out.println("shifted-by-seconds: " + shift.toSeconds());
    }

    /** Collects the instants under {@code node}, or moves each by {@code shift} when given. */
    private static void visit(JsonNode node, List<Instant> found, Duration shift) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                Instant at = instant(field.getValue());
                if (at != null) {
                    found.add(at);
                    if (shift != null) {
                        object.put(field.getKey(), at.plus(shift).toString());
                    }
                } else {
                    visit(field.getValue(), found, shift);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                Instant at = instant(array.get(i));
                if (at != null) {
                    found.add(at);
                    if (shift != null) {
                        array.set(i, array.textNode(at.plus(shift).toString()));
                    }
                } else {
                    visit(array.get(i), found, shift);
                }
            }
        }
    }

    private static Instant instant(JsonNode node) {
        if (!node.isTextual() || !node.asText().endsWith("Z") || node.asText().length() < 20) {
            return null;
        }
        try {
            return Instant.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
