package se.samtalsledaren.json;

import java.util.Set;

/**
 * Text from files made fit to print and to show in lists: every character that changes or hides
 * how text is shown instead of showing itself is written as a visible escape, so that a case
 * title holding an ANSI escape cannot clear a terminal line and print a fake "OK", and a
 * text-direction override (U+202E) cannot make a name read backwards.
 */
public final class Printable {
    private static final Set<Integer> INVISIBLE = Set.of(0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029,
            0x2060, 0xFEFF);

    private Printable() {}

    /**
     * Whether {@code cp} is a control rather than a character to show: C0 and C1 controls (ESC,
     * CR, LF, U+0085 …), the text-direction controls (U+202A–U+202E, U+2066–U+2069, the marks
     * U+200E/F and U+061C), zero-width characters and the line and paragraph separators.
     */
    public static boolean isControl(int cp) {
        return Character.getType(cp) == Character.CONTROL || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || INVISIBLE.contains(cp);
    }

    /**
     * {@code text} with each control written visibly: {@code \n}, {@code \r}, {@code \t}, and
     * others as {@code \u001B}, {@code \u202E} …; one line, whatever the text held. A string
     * without controls is returned as it is.
     */
    public static String escape(String text) {
        if (text == null || text.codePoints().noneMatch(Printable::isControl)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (!isControl(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format("\\u%04X", cp));
            }
        });
        return sb.toString();
    }
}
