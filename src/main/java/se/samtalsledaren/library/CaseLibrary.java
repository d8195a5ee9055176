package se.samtalsledaren.library;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import se.samtalsledaren.json.FileProblem;

/**
 * The loaded cases and the problems with the files that could not be loaded. Immutable; the
 * theme list and the search index are worked out on first use and kept, and {@link #indexed()}
 * works them out at once, so a background thread can do it before the library is shown.
 */
public final class CaseLibrary {
    private final List<LibraryEntry> entries;
    private final List<FileProblem> problems;
    // Derived from entries only; a race computes an equal value twice, never a wrong one.
    private volatile List<String> themes;
    private volatile CaseSearch search;

    public CaseLibrary(List<LibraryEntry> entries, List<FileProblem> problems) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((LibraryEntry e) -> e.value().number())
                        .thenComparing(e -> e.value().id()))
                .toList();
        this.problems = List.copyOf(problems);
    }

    /** The cases, by number and then id. */
    public List<LibraryEntry> entries() {
        return entries;
    }

    /** The files that could not be loaded, with what is wrong. */
    public List<FileProblem> problems() {
        return problems;
    }

    public Optional<LibraryEntry> byId(String id) {
        return entries.stream().filter(e -> e.value().id().equals(id)).findFirst();
    }

    /** Every theme used by a case, in Swedish alphabetical order. */
    public List<String> themes() {
        List<String> t = themes;
        if (t == null) {
            TreeSet<String> sorted = new TreeSet<>(Collator.getInstance(new Locale("sv")));
            entries.forEach(e -> sorted.addAll(e.value().themes()));
            t = List.copyOf(sorted);
            themes = t;
        }
        return t;
    }

    /** The full-text search over these cases. */
    public CaseSearch search() {
        CaseSearch s = search;
        if (s == null) {
            s = new CaseSearch(entries);
            search = s;
        }
        return s;
    }

    /** Works out the theme list and the search index now; returns this library. */
    public CaseLibrary indexed() {
        themes();
        search();
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseLibrary other && entries.equals(other.entries) && problems.equals(other.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, problems);
    }

    @Override
    public String toString() {
        return "CaseLibrary[" + entries.size() + " cases, " + problems.size() + " problems]";
    }
}
