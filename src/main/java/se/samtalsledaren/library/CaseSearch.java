package se.samtalsledaren.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Dimension;

/**
 * Full-text search over cases that ignores case and diacritics ("ovning" finds "övning"),
 * with optional theme and dimension filters. The index is built once; queries are pure scans
 * over pre-normalised text.
 */
public final class CaseSearch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Indexed(LibraryEntry entry, String text) {}

    private final List<Indexed> index;

    public CaseSearch(List<LibraryEntry> entries) {
        List<Indexed> built = new ArrayList<>(entries.size());
        for (LibraryEntry e : entries) {
            StringBuilder sb = new StringBuilder();
            sb.append(e.value().number()).append(' ');
            e.value().texts().forEach(t -> sb.append(t).append('\n'));
            built.add(new Indexed(e, normalise(sb.toString())));
        }
        this.index = List.copyOf(built);
    }

    /** A query: free text (all words must occur), an optional theme and an optional dimension. */
    public record Query(String text, Optional<String> theme, Optional<Dimension> dimension) {
        public static Query text(String text) {
            return new Query(text, Optional.empty(), Optional.empty());
        }
    }

    /** Entries matching the query, in library order. */
    public List<LibraryEntry> find(Query query) {
        String[] words = terms(query.text());
        List<LibraryEntry> out = new ArrayList<>();
        for (Indexed i : index) {
            Case c = i.entry().value();
            if (query.theme().isPresent() && !c.themes().contains(query.theme().get())) {
                continue;
            }
            if (query.dimension().isPresent() && !c.dimensions().contains(query.dimension().get())) {
                continue;
            }
            if (containsAll(i.text(), words)) {
                out.add(i.entry());
            }
        }
        return out;
    }

    private static boolean containsAll(String text, String[] words) {
        for (String w : words) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static String[] terms(String query) {
        String q = normalise(query == null ? "" : query).strip();
        if (q.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(q.split(" ")).distinct().toArray(String[]::new);
    }

    /**
     * Lower-case, without diacritics, whitespace collapsed: "Övning  Å" becomes "ovning a".
     * The result is {@link #normaliseSlowly}'s, computed in one pass: ASCII directly, Latin
     * letters up to U+024F from a table of their normalised forms, anything else in runs through
     * the full pipeline. (Only a Greek capital sigma next to ASCII letters may lower-case
     * differently, as it is not seen in its word.)
     */
    public static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < LATIN_END) {
                i++;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                    if (!space) {
                        out.append(' ');
                        space = true;
                    }
                    continue;
                }
                String folded = c < 128 ? null : LATIN[c - 128];
                if (folded == null) {
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                    space = false;
                } else if (!folded.isEmpty()) {
                    out.append(folded);
                    space = false;
                }
            } else {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) >= LATIN_END) {
                    end++;
                }
                String folded = normaliseSlowly(s.substring(i, end));
                if (!folded.isEmpty()) {
                    out.append(folded);
                    space = false;
                }
                i = end;
            }
        }
        return out.toString();
    }

    /** The definition of {@link #normalise}: NFD, combining marks removed, lower case, whitespace runs as one space. */
    static String normaliseSlowly(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** End of the Latin letters whose normalised forms are tabled. */
    private static final char LATIN_END = '\u0250';
    /** Normalised form of each character from U+0080 to U+024F. */
    private static final String[] LATIN = latinTable();

    private static String[] latinTable() {
        String[] table = new String[LATIN_END - 128];
        for (char c = 128; c < LATIN_END; c++) {
            table[c - 128] = normaliseSlowly(String.valueOf(c));
        }
        return table;
    }

    /** Whether a piece of text matches every word of a query; used to highlight hits. */
    public static boolean matches(String text, String query) {
        return containsAll(normalise(text), terms(query));
    }
}
