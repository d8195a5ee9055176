package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.library.CaseSearch;
import se.samtalsledaren.library.LibraryEntry;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.NarrativeBlock;
import se.samtalsledaren.ui.library.LibraryViewModel;

/**
 * Full-text search latency on the 1,013-case library, sampled per query over a fixed mix of
 * {@value #QUERIES} queries (one to three words taken from the case texts, with and without
 * diacritics, some with a theme or dimension filter, some matching nothing). Sample mode reports
 * the median (p0.50) and the worst (p1.00) single query.
 *
 * <p>{@code find} is the search itself; {@code typeInLibraryView} is what typing in the search
 * field runs: the view model's search text set, the query built and the result list replaced
 * (everything but drawing the cells).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {
    static final int QUERIES = 400;

    private Path folder;
    private CaseSearch search;
    private LibraryViewModel viewModel;
    private List<CaseSearch.Query> queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = GeneratedData.writeLibrary(TempFiles.directory("bench-search-"), GeneratedData.LIBRARY_SIZE);
        Messages messages = new Messages(new Locale("sv"));
        CaseLibrary library = new CaseLibraryLoader(new CaseFormat(messages), messages).load(List.of(folder));
        search = new CaseSearch(library.entries());
        viewModel = new LibraryViewModel();
        viewModel.setLibrary(library);
        queries = queries(library.entries());
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempFiles.delete(folder);
    }

    /** A fixed mix of queries made from the cases' own words. */
    static List<CaseSearch.Query> queries(List<LibraryEntry> entries) {
        List<String> words = new ArrayList<>();
        for (int e = 0; e < 13; e++) {
            Case c = entries.get(e).value();
            for (NarrativeBlock b : c.narrative()) {
                for (String w : b.text().split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        words.add(w);
                    }
                }
            }
        }
        String[] nothing = {"kvantdator", "fotbollsallsvenskan", "xylofon", "jordbävning"};
        Dimension[] dims = Dimension.values();
        List<CaseSearch.Query> out = new ArrayList<>();
        for (int i = 0; i < QUERIES; i++) {
            String w = words.get(i * 37 % words.size());
            String text = switch (i % 8) {
                case 0, 1, 2 -> w;
                case 3 -> CaseSearch.normalise(w);
                case 4 -> w + " " + words.get((i * 37 + 1) % words.size());
                case 5 -> w + " " + words.get((i * 53) % words.size()) + " " + words.get((i * 71) % words.size());
                case 6 -> w.substring(0, 4);
                default -> nothing[i % nothing.length];
            };
            Optional<String> theme = i % 10 == 9 ? Optional.of(entries.get(i % 13).value().themes().get(0)) : Optional.empty();
            Optional<Dimension> dim = i % 10 == 4 ? Optional.of(dims[i % dims.length]) : Optional.empty();
            out.add(new CaseSearch.Query(text, theme, dim));
        }
        return out;
    }

    private CaseSearch.Query nextQuery() {
        CaseSearch.Query q = queries.get(next);
        next = (next + 1) % queries.size();
        return q;
    }

    @Benchmark
    public List<LibraryEntry> find() {
        return search.find(nextQuery());
    }

    @Benchmark
    public int typeInLibraryView() {
        CaseSearch.Query q = nextQuery();
        viewModel.themeFilterProperty().set(q.theme().orElse(""));
        viewModel.dimensionFilterProperty().set(q.dimension().orElse(null));
        viewModel.searchTextProperty().set(q.text());
        return viewModel.results().size();
    }
}
