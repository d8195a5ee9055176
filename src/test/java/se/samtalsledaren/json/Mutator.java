package se.samtalsledaren.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded, deterministic mutations of a JSON file, the kinds hostile or broken files have: flipped
 * and random bytes, truncation, cut and repeated ranges, deep nesting, huge numbers and strings,
 * invalid UTF-8, byte-order marks, duplicate keys, and random JSON values spliced in.
 */
public final class Mutator {
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
    };
    private static final String[] TOKENS = {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "0", "1e999999", "-0.0", "\"\\u0000\"", "\"\\ud800\"",
        "NaN", "Infinity", "/*", "//", "'", "\u0000", "\t", "\n", "\"formatVersion\": 2,", "\"id\": \"x\",", "\"@class\": \"java.lang.Runtime\",",
    };
    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** One mutation of {@code original}, chosen at random; {@code kind} receives its name. */
    public byte[] mutate(byte[] original, StringBuilder kind) {
        byte[] b = original.clone();
        int pos = b.length == 0 ? 0 : random.nextInt(b.length);
        switch (random.nextInt(14)) {
            case 0 -> {
                kind.append("flip");
                for (int i = 0, n = 1 + random.nextInt(8); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                }
                return b;
            }
            case 1 -> {
                kind.append("random bytes");
                for (int i = 0, n = 1 + random.nextInt(16); i < n && b.length > 0; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2 -> {
                kind.append("truncate");
                return Arrays.copyOf(b, pos);
            }
            case 3 -> {
                kind.append("cut range");
                int end = Math.min(b.length, pos + 1 + random.nextInt(200));
                return concat(Arrays.copyOf(b, pos), Arrays.copyOfRange(b, end, b.length));
            }
            case 4 -> {
                kind.append("repeat range");
                int end = Math.min(b.length, pos + 1 + random.nextInt(200));
                return insert(b, end, Arrays.copyOfRange(b, pos, end));
            }
            case 5 -> {
                int depth = 20 + random.nextInt(5000);
                kind.append("deep nesting ").append(depth);
                String open = random.nextBoolean() ? "[" : "{\"a\":";
                String close = open.equals("[") ? "]" : "}";
                return insert(b, valuePosition(b), (open.repeat(depth) + "1" + close.repeat(random.nextInt(3) == 0 ? depth / 2 : depth))
                        .getBytes(StandardCharsets.UTF_8));
            }
            case 6 -> {
                kind.append("huge number");
                String n = random.nextBoolean() ? "9".repeat(10 + random.nextInt(100_000)) : "1e" + "9".repeat(1 + random.nextInt(12));
                return replaceValue(b, n);
            }
            case 7 -> {
                kind.append("huge string");
                return replaceValue(b, "\"" + "x".repeat(50_000 + random.nextInt(200_000)) + "\"");
            }
            case 8 -> {
                kind.append("invalid UTF-8");
                return insert(b, pos, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            }
            case 9 -> {
                kind.append("byte-order mark");
                byte[][] boms = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE},
                    {(byte) 0xEF, (byte) 0xBB}};
                return insert(b, random.nextInt(4) == 0 ? pos : 0, boms[random.nextInt(boms.length)]);
            }
            case 10 -> {
                kind.append("duplicate key");
                int brace = indexOf(b, (byte) '{', pos);
                String key = random.nextBoolean() ? "\"id\": \"dup\", " : "\"formatVersion\": 1, ";
                return brace < 0 ? b : insert(b, brace + 1, key.getBytes(StandardCharsets.UTF_8));
            }
            case 11 -> {
                kind.append("token");
                return insert(b, pos, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            }
            case 12 -> {
                kind.append("random JSON value");
                return replaceValue(b, randomJson(0));
            }
            default -> {
                kind.append("random JSON document");
                return randomJson(0).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** A random JSON value, sometimes of the wrong shape for the format. */
    public String randomJson(int depth) {
        int k = depth > 6 ? random.nextInt(5) : random.nextInt(8);
        return switch (k) {
            case 0 -> "null";
            case 1 -> String.valueOf(random.nextBoolean());
            case 2 -> String.valueOf(random.nextInt(2000) - 1000);
            case 3 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 4 -> "\"" + randomText() + "\"";
            case 5, 6 -> {
                StringBuilder sb = new StringBuilder("{");
                for (int i = 0, n = random.nextInt(6); i < n; i++) {
                    sb.append(i > 0 ? "," : "").append('"').append(randomKey()).append("\":").append(randomJson(depth + 1));
                }
                yield sb.append('}').toString();
            }
            default -> {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0, n = random.nextInt(6); i < n; i++) {
                    sb.append(i > 0 ? "," : "").append(randomJson(depth + 1));
                }
                yield sb.append(']').toString();
            }
        };
    }

    private String randomKey() {
        String[] keys = {"formatVersion", "id", "case", "title", "participants", "notes", "floor", "queue", "log", "step",
            "text", "narrative", "questions", "number", "timePlan", "minutes", "@type", "x"};
        return keys[random.nextInt(keys.length)];
    }

    private String randomText() {
        String[] texts = {"", "step1", "förtroendevald", "2026-11-23", "2026-13-45T99:00:00Z", "p1", "ä\\u00e5", "\\\"", "../../etc/passwd"};
        return texts[random.nextInt(texts.length)];
    }

    /** Replaces the value after a random colon (or inserts at a random place when there is none). */
    private byte[] replaceValue(byte[] b, String value) {
        int colon = indexOf(b, (byte) ':', b.length == 0 ? 0 : random.nextInt(b.length));
        if (colon < 0) {
            return insert(b, b.length / 2, value.getBytes(StandardCharsets.UTF_8));
        }
        int start = colon + 1;
        int end = start;
        int depth = 0;
        boolean inString = false;
        while (end < b.length) {
            byte c = b[end];
            if (inString) {
                if (c == '\\') {
                    end++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                break;
            }
            end++;
        }
        return concat(concat(Arrays.copyOf(b, start), (" " + value).getBytes(StandardCharsets.UTF_8)),
                Arrays.copyOfRange(b, Math.min(end, b.length), b.length));
    }

    private int valuePosition(byte[] b) {
        int colon = indexOf(b, (byte) ':', b.length == 0 ? 0 : random.nextInt(b.length));
        return colon < 0 ? 0 : colon + 1;
    }

    private static int indexOf(byte[] b, byte c, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        for (int i = 0; i < Math.min(from, b.length); i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] insert(byte[] b, int pos, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
        out.write(b, 0, pos);
        out.write(what, 0, what.length);
        out.write(b, pos, b.length - pos);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }
}
