package se.samtalsledaren.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How much two short Swedish texts say the same thing, by the words they share: each text
 * becomes the set of its word stems (lower case, the Snowball project's Swedish stop words left
 * out, each word stemmed by its Swedish stemmer, so "orterna", "orter" and "ort" are one word),
 * and two sets are as similar as the weight of their common stems against the weight of all
 * their stems (a weighted Jaccard index). A stem's weight is its rarity among the texts compared
 * together, {@code ln(1 + N / df)}: a word every group uses (the case's "kommun") counts for less
 * than one only two groups use.
 *
 * <p>Not thread-safe (the stemmer keeps state): one instance per computation.
 */
public final class WordOverlap {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Locale SWEDISH = new Locale("sv", "SE");
    private static final String STOP_WORDS = "/org/apache/lucene/analysis/snowball/swedish_stop.txt";
    /**
     * Function words Snowball's list leaves out that say nothing about what a point is about
     * ("innan KF beslutar", "båda orterna", "ta fram").
     */
    private static final Set<String> MORE_STOP = Set.of("innan", "före", "tills", "båda", "två", "flera", "hela", "även",
            "också", "samt", "bara", "får", "ska", "skall", "måste", "bör", "kunna", "ta", "tar", "fram", "göra", "gör",
            "gjort", "genom", "via", "per", "inget", "inga", "hos", "kring", "vill", "finns", "mer", "mest", "annat", "andra");
    private static final Set<String> STOP = loadStopWords();

    private final SwedishStemmer stemmer = new SwedishStemmer();
    private final Map<String, Integer> ids = new HashMap<>();

    /** The stems of one text as sorted ids of this instance; equal stems have equal ids. */
    public record Terms(int[] ids) {
        public Terms {
            ids = ids.clone();
        }

        public boolean isEmpty() {
            return ids.length == 0;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Terms t && Arrays.equals(ids, t.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }

    /** The stems of {@code text}, without stop words and words of one character. */
    public Terms terms(String text) {
        Set<Integer> out = new HashSet<>();
        for (String word : NON_WORD.split(text.toLowerCase(SWEDISH))) {
            if (word.length() < 2 || STOP.contains(word) || MORE_STOP.contains(word)) {
                continue;
            }
            out.add(ids.computeIfAbsent(stem(word), k -> ids.size()));
        }
        return new Terms(out.stream().mapToInt(Integer::intValue).sorted().toArray());
    }

    /** The Swedish stem of one lower-case word. */
    public String stem(String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Stem weights for a set of texts compared together (see the class comment). */
    public static double[] weights(List<Terms> texts) {
        int max = 0;
        for (Terms t : texts) {
            for (int id : t.ids()) {
                max = Math.max(max, id + 1);
            }
        }
        int[] df = new int[max];
        for (Terms t : texts) {
            for (int id : t.ids()) {
                df[id]++;
            }
        }
        double[] w = new double[max];
        for (int i = 0; i < max; i++) {
            w[i] = df[i] == 0 ? 0 : Math.log(1 + (double) texts.size() / df[i]);
        }
        return w;
    }

    /** The weighted Jaccard index of two texts' stems, 0 (nothing shared) to 1 (the same stems). */
    public static double similarity(Terms a, Terms b, double[] weights) {
        int[] x = a.ids();
        int[] y = b.ids();
        double shared = 0;
        double all = 0;
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            if (j >= y.length || (i < x.length && x[i] < y[j])) {
                all += weights[x[i++]];
            } else if (i >= x.length || y[j] < x[i]) {
                all += weights[y[j++]];
            } else {
                shared += weights[x[i]];
                all += weights[x[i]];
                i++;
                j++;
            }
        }
        return all == 0 ? 0 : shared / all;
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = WordOverlap.class.getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STOP_WORDS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int bar = line.indexOf('|');
                String word = (bar < 0 ? line : line.substring(0, bar)).strip();
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
