package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.ComparisonDocument;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.SessionFormat;
import se.samtalsledaren.store.SessionStore;

/**
 * Comparing twelve groups' three-hour sessions (each 500 notes, 400 speaking turns, 40
 * solutions; {@link GeneratedData#threeHourSession(int)} 0–11). {@code compare} is the
 * comparison of sessions already read: time per step, airtime by role, and the suggested
 * groupings of the 1,200 step-2 problems and 480 solutions by word overlap. {@code openAndCompare}
 * is what the comparison window does in the background ({@code Comparison.open}): read and check
 * the twelve files from disk, several at a time, then compare. {@code openCompareDocument} adds the comparison document the export and
 * the command line render. Target: under 1 s (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareBenchmark {
    static final int GROUPS = 12;
    private final Messages messages = new Messages(new Locale("sv"));
    private final SessionStore store = new SessionStore(messages);
    private List<Comparison.Source> sources;
    private List<Path> files;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        SessionFormat format = new SessionFormat(messages);
        folder = TempFiles.directory("bench-compare-");
        sources = new ArrayList<>();
        files = new ArrayList<>();
        for (int i = 0; i < GROUPS; i++) {
            Session s = GeneratedData.threeHourSession(i);
            Path file = folder.resolve("grupp-" + (i + 1) + ".json");
            Files.write(file, format.write(s));
            files.add(file);
            sources.add(new Comparison.Source(file.toString(), s));
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempFiles.delete(folder);
    }

    @Benchmark
    public Comparison compare() throws FileProblemException {
        return Comparison.of(sources, messages);
    }

    @Benchmark
    public Comparison openAndCompare() throws FileProblemException {
        return Comparison.open(files, store::open, messages);
    }

    @Benchmark
    public ExportDocument openCompareDocument() throws FileProblemException {
        return new ComparisonDocument(new Labels()).build(openAndCompare());
    }
}
