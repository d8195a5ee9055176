package se.samtalsledaren.room;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * A name typed on a phone, made fit for the list, and the key that tells two names apart the way
 * a reader of the list does: invisible characters and odd spaces do not make a name new, nor do a
 * Cyrillic or Greek letter that looks like a Latin one.
 */
final class Names {
    /**
     * Cyrillic and Greek letters drawn like a Latin letter in ordinary fonts, to that letter (both
     * cases, before folding: Greek capital eta looks like H, its small letter does not).
     */
    private static final Map<Integer, Character> LOOKALIKES = lookalikes(
            // Cyrillic capitals
            "А", 'A', "В", 'B', "Е", 'E', "К", 'K', "М", 'M', "Н", 'H', "О", 'O', "Р", 'P', "С", 'C', "Т", 'T',
            "У", 'Y', "Х", 'X', "І", 'I', "Ј", 'J', "Ѕ", 'S', "Ԛ", 'Q', "Ԝ", 'W', "Ү", 'Y', "Ӏ", 'I',
            // Cyrillic small letters
            "а", 'a', "е", 'e', "о", 'o', "р", 'p', "с", 'c', "у", 'y', "х", 'x', "і", 'i', "ј", 'j', "ѕ", 's',
            "һ", 'h', "ԁ", 'd', "ԛ", 'q', "ԝ", 'w', "ӏ", 'l', "ү", 'y',
            // Greek capitals
            "Α", 'A', "Β", 'B', "Ε", 'E', "Ζ", 'Z', "Η", 'H', "Ι", 'I', "Κ", 'K', "Μ", 'M', "Ν", 'N', "Ο", 'O',
            "Ρ", 'P', "Τ", 'T', "Υ", 'Y', "Χ", 'X',
            // Greek small letters
            "ο", 'o', "ν", 'v', "ι", 'i', "α", 'a', "κ", 'k', "ρ", 'p', "υ", 'u', "χ", 'x', "γ", 'y',
            // Latin look-alikes of Latin letters
            "ı", 'i', "ȷ", 'j');

    private Names() {}

    private static Map<Integer, Character> lookalikes(Object... pairs) {
        java.util.HashMap<Integer, Character> m = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(((String) pairs[i]).codePointAt(0), (Character) pairs[i + 1]);
        }
        return Map.copyOf(m);
    }

    /**
     * The name as the list shows it: NFKC (full-width letters, ligatures and compatibility forms as
     * their ordinary letters), without control, format (zero-width, bidi) or filler characters,
     * every kind of space as one ordinary space, trimmed.
     */
    static String normalise(String typed) {
        String n = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int c = n.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else if (!invisible(c)) {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.appendCodePoint(c);
            }
        }
        return sb.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || c == 0x034F || c >= 0xFE00 && c <= 0xFE0F || c >= 0xE0100 && c <= 0xE01EF // joiner, variation selectors
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800; // fillers, blank braille
    }

    /**
     * The key two names are compared by: normalised, without any space, Cyrillic and Greek
     * look-alikes as their Latin letter, case folded. Names with the same key look the same in a list.
     */
    static String key(String name) {
        String n = normalise(name);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(c -> c != ' ').map(c -> {
            Character latin = LOOKALIKES.get(c);
            return latin != null ? latin : c;
        }).forEach(sb::appendCodePoint);
        return sb.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
