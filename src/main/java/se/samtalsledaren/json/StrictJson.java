package se.samtalsledaren.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads untrusted JSON files defensively: size, nesting and string-length limits, strict UTF-8,
 * duplicate keys refused, no trailing content. The resulting tree remembers where each node
 * stood in the file so later validation can point at line and column.
 */
public final class StrictJson {

    /**
     * Limits for one file. Counts are checked while the file is read token by token, before any
     * tree is built, so that a file within {@code maxBytes} can always be refused in little memory.
     *
     * @param maxValues the most JSON values (objects, arrays, strings, numbers, literals) in the file
     * @param maxItems  the most elements in one array or members in one object
     */
    public record Limits(long maxBytes, int maxNestingDepth, int maxStringLength, int maxValues, int maxItems) {
        public static final Limits CASE_FILE = new Limits(2L * 1024 * 1024, 32, 100_000, 100_000, 10_000);
        public static final Limits SESSION_FILE = new Limits(32L * 1024 * 1024, 32, 100_000, 500_000, 20_000);

        /** Limits whose counts follow from the size: a value per 16 bytes, a tenth of them in one container. */
        public Limits(long maxBytes, int maxNestingDepth, int maxStringLength) {
            this(maxBytes, maxNestingDepth, maxStringLength, (int) Math.min(Integer.MAX_VALUE, maxBytes / 16),
                    (int) Math.min(Integer.MAX_VALUE, maxBytes / 160));
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /**
     * Text larger than this is decoded as it is read rather than made into one string first:
     * the string is the quicker way for the files of every day (an autosave's read-back), but
     * for a file near the size limit it would be twice its bytes again in memory.
     */
    static final int STREAM_ABOVE = 4 * 1024 * 1024;

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
        // Content after the object is looked for by trailing(), which names it as such.
        this.mapper = new ObjectMapper(factory);
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
        // Checked strictly first (Jackson's own UTF-8 reading lets encoded surrogates through),
        // then read as text again for each pass: the file's text is never held whole (a file of
        // 32 MB would be 64 MB as a string, beside its bytes and its tree).
        int start = utf8Start(file, bytes);
        boolean stream = bytes.length - start > STREAM_ABOVE;
        String whole = stream ? null : decodeUtf8(file, bytes, start);
        if (stream ? !checkUtf8(file, bytes, start) : whole.isBlank()) {
            throw new FileProblemException(FileProblem.wholeFile(file, messages.get("empty")));
        }
        JsonNode node;
        JsonParser parser;
        try {
            checkCounts(file, stream ? mapper.getFactory().createParser(text(bytes, start)) : mapper.getFactory().createParser(whole));
            parser = stream ? mapper.getFactory().createParser(text(bytes, start)) : mapper.getFactory().createParser(whole);
        } catch (IOException e) {
            throw new FileProblemException(new FileProblem(file, 1, 1, "", messages.get("notJson", messages.get("json.other"))));
        }
        try (parser) {
            JsonNodeFactory nodes = locate ? LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser)
                    : JsonNodeFactory.instance;
            node = mapper.reader().with(nodes).readTree(parser);
            trailing(file, parser);
        } catch (StreamConstraintsException e) {
            throw new FileProblemException(problemAt(file, parser, e, constraintMessage(e)));
        } catch (JsonProcessingException e) {
            throw new FileProblemException(problemAt(file, parser, e, parseMessage(e)));
        } catch (IOException | RuntimeException e) {
            throw new FileProblemException(problemAt(file, parser, null, messages.get("notJson", messages.get("json.other"))));
        }
        if (node == null || !node.isObject()) {
            int[] lc = location(node);
            throw new FileProblemException(new FileProblem(file, Math.max(lc[0], 1), Math.max(lc[1], 1), "$",
                    messages.get("notObject")));
        }
        checkNumbers(file, node, "$");
        return node;
    }

    /** Refuses anything after the JSON object, whether it reads as JSON or not. */
    private void trailing(String file, JsonParser parser) throws FileProblemException {
        JsonLocation at;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            at = parser.currentTokenLocation();
        } catch (IOException e) {
            at = parser.currentTokenLocation(); // where the unreadable token begins
        }
        throw new FileProblemException(new FileProblem(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), "",
                messages.get("trailing")));
    }

    /**
     * Reads the text once as tokens, without building anything, and refuses it when it holds
     * more values than {@link Limits#maxValues} or a container with more than
     * {@link Limits#maxItems} elements: a file of millions of {@code {}} would otherwise need
     * gigabytes as a tree. A syntax error ends the count; the tree read then reports it.
     */
    private void checkCounts(String file, JsonParser parser) throws FileProblemException {
        try (JsonParser p = parser) {
            int[] items = new int[limits.maxNestingDepth() + 2];
            int depth = 0;
            long values = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    continue;
                }
                values++;
                if (depth > 0 && ++items[depth] > limits.maxItems()) {
                    throw new FileProblemException(countProblem(file, p, p.getParsingContext().getParent(),
                            messages.get("tooManyItems", limits.maxItems())));
                }
                if (values > limits.maxValues()) {
                    throw new FileProblemException(countProblem(file, p, p.getParsingContext(),
                            messages.get("tooManyValues", limits.maxValues())));
                }
                if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth + 1 < items.length) {
                    items[++depth] = 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not JSON from here on: the tree read says where and what.
        }
    }

    private static FileProblem countProblem(String file, JsonParser p, com.fasterxml.jackson.core.JsonStreamContext where,
                                            String message) {
        JsonLocation at = p.currentTokenLocation();
        String field = where == null ? "$" : jsonPath(where.pathAsPointer().toString());
        return new FileProblem(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 1), field, message);
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

    /**
     * Where the UTF-8 text starts (after a byte order mark). UTF-32 and UTF-16 are refused,
     * recognised by their byte order marks or, without one, by the zero bytes around the first
     * character (which in JSON is ASCII, RFC 8259): {@code 00 00 00 xx} and {@code xx 00 00 00}
     * are UTF-32, {@code 00 xx 00 xx} and {@code xx 00 xx 00} UTF-16.
     */
    private int utf8Start(String file, byte[] bytes) throws FileProblemException {
        int n = bytes.length;
        boolean utf32 = startsWith(bytes, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0})
                || (n >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0)
                || (n >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0);
        if (utf32) {
            throw new FileProblemException(new FileProblem(file, 1, 1, "", messages.get("utf32")));
        }
        boolean utf16 = startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF}) || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || (n >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0)
                || (n >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0);
        if (utf16) {
            throw new FileProblemException(new FileProblem(file, 1, 1, "", messages.get("utf16")));
        }
        return startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
    }

    private String decodeUtf8(String file, byte[] bytes, int start) throws FileProblemException {
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

    /** The bytes from {@code start} as text, decoded while they are read (checked by {@link #checkUtf8} before). */
    private static java.io.Reader text(byte[] bytes, int start) {
        return new java.io.InputStreamReader(new java.io.ByteArrayInputStream(bytes, start, bytes.length - start),
                StandardCharsets.UTF_8);
    }

    /**
     * Checks that the bytes from {@code start} are strict UTF-8, a chunk at a time, and locates
     * the first bad byte by line and column. Returns whether the text holds anything but white space.
     */
    private boolean checkUtf8(String file, byte[] bytes, int start) throws FileProblemException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        int line = 1;
        int column = 1;
        boolean content = false;
        boolean flushed = false;
        while (true) {
            CoderResult result = flushed ? decoder.flush(out) : decoder.decode(in, out, true);
            out.flip();
            for (int i = 0; i < out.limit(); i++) {
                char c = out.get(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                content |= !Character.isWhitespace(c);
            }
            out.clear();
            if (result.isError()) {
                String hex = String.format("%02X", bytes[in.position()] & 0xFF);
                throw new FileProblemException(new FileProblem(file, line, column, "", messages.get("notUtf8", hex)));
            }
            if (result.isUnderflow()) {
                if (flushed) {
                    return content;
                }
                flushed = true;
            }
        }
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

    /**
     * The problem where the parser stood: the exception's location when it has one (a syntax
     * error), else the parser's own (a limit, which Jackson reports without a place).
     */
    private FileProblem problemAt(String file, JsonParser parser, JsonProcessingException e, String message) {
        JsonLocation loc = e == null ? null : e.getLocation();
        if (loc == null || loc.getLineNr() < 1) {
            loc = parser.currentLocation();
        }
        int line = loc == null ? 1 : Math.max(loc.getLineNr(), 1);
        int column = loc == null ? 1 : Math.max(loc.getColumnNr(), 1);
        String field = "";
        if (parser.getParsingContext() != null) {
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
        if (original.contains("Number value length") || original.contains("number value length")) {
            return messages.get("notJson", messages.get("json.numberLong", 32));
        }
        return messages.get("notJson", messages.get("json.other"));
    }

    private static final Pattern FOUND = Pattern.compile("code (\\d+)");
    private static final Pattern WORD = Pattern.compile("^Unrecognized token '(.*)': was expecting", Pattern.DOTALL);
    private static final Pattern NON_NUMBER = Pattern.compile("^Non-standard token '(.*?)'");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.*?)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)': expected '(.)' \\(for (Array|Object|root)"
            + " starting at \\[Source: .*?; line: (\\d+)(?:, column: (\\d+))?\\]", Pattern.DOTALL);
    private static final Pattern END_CONTAINER = Pattern.compile("^Unexpected end-of-input: expected close marker for (Array|Object)"
            + " \\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);

    /**
     * What a syntax error means, in the user's words: Jackson's messages name its own classes,
     * options and internal token kinds ("Unexpected character ('x' (code 120)): was expecting
     * comma to separate Object entries", "[Source: REDACTED …]"), which no user should read.
     */
    private String parseMessage(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Duplicate field '")) {
            int end = original.indexOf('\'', "Duplicate field '".length());
            return messages.get("duplicateKey", original.substring("Duplicate field '".length(), Math.max(end, 17)));
        }
        if (original.startsWith("Trailing token") || original.contains("Expected space separating root-level values")) {
            return messages.get("trailing");
        }
        return messages.get("notJson", syntax(original));
    }

    private String syntax(String original) {
        Matcher m;
        if ((m = CLOSE.matcher(original)).find()) {
            String what = messages.get(m.group(3).equals("Array") ? "json.array" : m.group(3).equals("Object") ? "json.object" : "json.root");
            return messages.get("json.close", m.group(1), what, m.group(4), m.group(5) == null ? "1" : m.group(5), m.group(2));
        }
        if ((m = END_CONTAINER.matcher(original)).find()) {
            return messages.get("json.end", messages.get(m.group(1).equals("Array") ? "json.array" : "json.object"), m.group(2),
                    m.group(3));
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return messages.get(original.contains("closing quote") ? "json.endText" : "json.endAny");
        }
        if ((m = WORD.matcher(original)).find()) {
            return messages.get("json.word", m.group(1));
        }
        if ((m = NON_NUMBER.matcher(original)).find()) {
            return messages.get("json.nonNumber", m.group(1));
        }
        if ((m = ESCAPE.matcher(original)).find()) {
            return messages.get("json.escape", m.group(1));
        }
        String found = found(original);
        if (original.startsWith("Illegal unquoted character")) {
            return messages.get("json.control", found);
        }
        if (original.startsWith("Illegal character")) {
            return messages.get("json.character", found);
        }
        if (original.contains("in numeric value") || original.startsWith("Invalid numeric value")
                || original.contains("Leading zeroes")) {
            return messages.get("json.number");
        }
        if (original.contains("maybe a (non-standard) comment")) {
            return messages.get("json.comment");
        }
        if (original.contains("was expecting a colon")) {
            return messages.get("json.colon", found);
        }
        if (original.contains("comma to separate Object entries")) {
            return messages.get("json.commaObject", found);
        }
        if (original.contains("comma to separate Array entries")) {
            return messages.get("json.commaArray", found);
        }
        if (original.contains("double-quote to start field name")) {
            return messages.get("json.fieldName", found);
        }
        if (original.contains("expected a valid value")) {
            return messages.get("json.value", found);
        }
        return messages.get("json.other");
    }

    /** The character Jackson's message is about, as a person would name it: "x" or U+000A. */
    private String found(String original) {
        Matcher m = FOUND.matcher(original);
        if (!m.find()) {
            return "?";
        }
        int cp = Integer.parseInt(m.group(1));
        if (cp == '"') {
            return messages.get("json.quoteChar");
        }
        if (Printable.isControl(cp) || Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT) {
            return messages.get("json.controlChar", String.format("U+%04X", cp));
        }
        return "\"" + new String(Character.toChars(cp)) + "\"";
    }
}
