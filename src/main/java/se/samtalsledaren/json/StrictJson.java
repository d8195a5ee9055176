package se.samtalsledaren.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads untrusted JSON files defensively: size, nesting and string-length limits, strict UTF-8,
 * duplicate keys refused, no trailing content. The resulting tree remembers where each node
 * stood in the file so later validation can point at line and column.
 */
public final class StrictJson {

    /** Limits for one file. */
    public record Limits(long maxBytes, int maxNestingDepth, int maxStringLength) {
        public static final Limits CASE_FILE = new Limits(2L * 1024 * 1024, 32, 100_000);
        public static final Limits SESSION_FILE = new Limits(32L * 1024 * 1024, 32, 100_000);
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Limits limits;
    private final Messages messages;
    private final ObjectMapper mapper;

    public StrictJson(Limits limits, Messages messages) {
        this.limits = limits;
        this.messages = messages;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(32)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public Limits limits() {
        return limits;
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Parses {@code bytes} (the whole content of {@code file}) into a location-aware tree whose
     * root is an object.
     */
    public JsonNode readObject(String file, byte[] bytes) throws FileProblemException {
        return readObject(file, bytes, true);
    }

    /**
     * Like {@link #readObject} with the same checks, but the tree does not record where each node
     * stands, which makes it about twice as fast to build. For checking bytes this program has
     * just written; problems found later in such a tree carry no line and column.
     */
    public JsonNode readObjectUnlocated(String file, byte[] bytes) throws FileProblemException {
        return readObject(file, bytes, false);
    }

    private JsonNode readObject(String file, byte[] bytes, boolean locate) throws FileProblemException {
        if (bytes.length > limits.maxBytes()) {
            throw new FileProblemException(FileProblem.wholeFile(file,
                    messages.get("tooLarge", bytes.length, limits.maxBytes())));
        }
        // Strictly decoded first (Jackson's own UTF-8 reading lets encoded surrogates through).
        String text = decodeUtf8(file, bytes);
        if (text.isBlank()) {
            throw new FileProblemException(FileProblem.wholeFile(file, messages.get("empty")));
        }
        JsonNode node;
        try (JsonParser parser = mapper.getFactory().createParser(text)) {
            JsonNodeFactory nodes = locate ? LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser)
                    : JsonNodeFactory.instance;
            node = mapper.reader().with(nodes).readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new FileProblemException(new FileProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        messages.get("trailing")));
            }
        } catch (StreamConstraintsException e) {
            throw new FileProblemException(problemAt(file, e, constraintMessage(e)));
        } catch (JsonProcessingException e) {
            throw new FileProblemException(problemAt(file, e, parseMessage(e)));
        } catch (IOException | RuntimeException e) {
            throw new FileProblemException(FileProblem.wholeFile(file,
                    messages.get("notJson", String.valueOf(e.getMessage()))));
        }
        if (node == null || !node.isObject()) {
            int[] lc = location(node);
            throw new FileProblemException(new FileProblem(file, lc[0], lc[1], "$", messages.get("notObject")));
        }
        checkNumbers(file, node, "$");
        return node;
    }

    /**
     * Refuses numbers a double cannot hold (such as {@code 1e999999}): Jackson reads them as
     * infinity, which later checks cannot compare. Nesting is limited, so the recursion is too.
     */
    private void checkNumbers(String file, JsonNode node, String path) throws FileProblemException {
        if (allFinite(node)) {
            return; // the usual case: no field paths built
        }
        locateNonFinite(file, node, path);
    }

    private static boolean allFinite(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return Double.isFinite(node.doubleValue());
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (!allFinite(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void locateNonFinite(String file, JsonNode node, String path) throws FileProblemException {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            int[] lc = location(node);
            throw new FileProblemException(new FileProblem(file, lc[0], lc[1], path, messages.get("numberRange")));
        }
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var e = it.next();
                locateNonFinite(file, e.getValue(), path + "." + e.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                locateNonFinite(file, node.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Line and column where {@code node} starts, or {@code {0, 0}} when unknown. */
    public static int[] location(JsonNode node) {
        if (node == null) {
            return new int[] {0, 0};
        }
        JsonLocation loc;
        try {
            loc = JsonNodes.tokenLocationOf(node);
        } catch (IllegalArgumentException e) {
            return new int[] {0, 0}; // a node made after parsing (e.g. by a migration) has no location
        }
        if (loc == null || loc.getLineNr() < 1) {
            return new int[] {0, 0};
        }
        return new int[] {loc.getLineNr(), Math.max(loc.getColumnNr(), 0)};
    }

    /** Where the UTF-8 text starts (after a byte order mark); UTF-16 is refused. */
    private int utf8Start(String file, byte[] bytes) throws FileProblemException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new FileProblemException(FileProblem.wholeFile(file, messages.get("utf16")));
        }
        return startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    private String decodeUtf8(String file, byte[] bytes) throws FileProblemException {
        int start = utf8Start(file, bytes);
        // Fast path: the JDK's decoder replaces every malformed sequence with U+FFFD, so a result
        // without one proves the bytes valid. Otherwise (or for a real U+FFFD in the text) the
        // strict decoder below decides and locates the first bad byte.
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.limit(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            String hex = String.format("%02X", bytes[in.position()] & 0xFF);
            throw new FileProblemException(new FileProblem(file, line, column, "", messages.get("notUtf8", hex)));
        }
        out.flip();
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private FileProblem problemAt(String file, JsonProcessingException e, String message) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        String field = "";
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            field = jsonPath(parser.getParsingContext().pathAsPointer().toString());
        }
        return new FileProblem(file, line, column, field, message);
    }

    /** Converts a JSON pointer such as {@code /questions/2/text} to {@code $.questions[2].text}. */
    static String jsonPath(String pointer) {
        if (pointer.isEmpty()) {
            return "$";
        }
        StringBuilder sb = new StringBuilder("$");
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(name).append(']');
            } else {
                sb.append('.').append(name);
            }
        }
        return sb.toString();
    }

    private String constraintMessage(StreamConstraintsException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.contains("nesting depth")) {
            return messages.get("tooDeep", limits.maxNestingDepth());
        }
        if (original.contains("String value length") || original.contains("string value length")) {
            return messages.get("tooLong", limits.maxStringLength());
        }
        return messages.get("notJson", original);
    }

    private String parseMessage(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field '")) {
            int end = original.indexOf('\'', "Duplicate field '".length());
            return messages.get("duplicateKey", original.substring("Duplicate field '".length(), Math.max(end, 17)));
        }
        if (original.startsWith("Trailing token")) {
            return messages.get("trailing");
        }
        return messages.get("notJson", original);
    }
}
