package se.samtalsledaren.library;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.samtalsledaren.json.FileProblem;

/** The loaded cases and the problems with the files that could not be loaded. */
public record CaseLibrary(List<LibraryEntry> entries, List<FileProblem> problems) {

    public CaseLibrary {
        entries = entries.stream()
                .sorted(Comparator.comparingInt((LibraryEntry e) -> e.value().number())
                        .thenComparing(e -> e.value().id()))
                .toList();
        problems = List.copyOf(problems);
    }

    public Optional<LibraryEntry> byId(String id) {
        return entries.stream().filter(e -> e.value().id().equals(id)).findFirst();
    }

    /** Every theme used by a case, sorted. */
    public List<String> themes() {
        TreeSet<String> themes = new TreeSet<>(java.text.Collator.getInstance(new java.util.Locale("sv")));
        entries.forEach(e -> themes.addAll(e.value().themes()));
        return List.copyOf(themes);
    }
}
