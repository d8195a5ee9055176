package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

/**
 * Loading and validating the library as the app's start does ({@code App.loadLibrary}: a new
 * {@code CaseFormat}, so the schema is compiled each time, then every file parsed, located and
 * schema-checked): the 13 bundled cases, and the bundled cases plus a folder of 1,000 generated
 * ones; and building the search index of the 1,013.
 *
 * <p>The default mode is the warm average. The first call in a fresh JVM, which is what a user
 * starting the app waits for, is measured with {@code -bm ss -f 10 -wi 0 -i 1} (see README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LibraryBenchmark {
    private Path folder;
    private CaseLibrary large;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        folder = GeneratedData.writeLibrary(TempFiles.directory("bench-library-"), GeneratedData.LIBRARY_SIZE);
        large = load(List.of(folder));
        if (!large.problems().isEmpty() || large.entries().size() != GeneratedData.LIBRARY_SIZE + 13) {
            throw new IllegalStateException("generated library did not load cleanly: " + large.entries().size()
                    + " cases, problems " + large.problems());
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempFiles.delete(folder);
    }

    private static CaseLibrary load(List<Path> folders) {
        Messages messages = new Messages(new Locale("sv"));
        return new CaseLibraryLoader(new CaseFormat(messages), messages).load(folders);
    }

    @Benchmark
    public CaseLibrary bundled13() {
        return load(List.of());
    }

    @Benchmark
    public CaseLibrary generated1000() {
        return load(List.of(folder));
    }

    @Benchmark
    public CaseSearch searchIndex1013() {
        return new CaseSearch(large.entries());
    }
}
