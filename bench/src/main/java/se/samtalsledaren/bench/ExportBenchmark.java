package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.samtalsledaren.export.ExportFormat;
import se.samtalsledaren.export.Exporter;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.export.SessionDocument;
import se.samtalsledaren.export.RendererWarmup;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.SessionFormat;

/**
 * Exporting a session's notes as the export dialog does: the document built from the session
 * ({@code SessionDocument}) and rendered and written to a file ({@code Exporter.write}), for the
 * sample session ({@code examples/sample-session.json}, read from the working directory: run from
 * the repository root) and the generated three-hour session, in each format.
 *
 * <p>Warm averages by default; the first export in a fresh JVM (fonts and renderer classes
 * loaded on first use) with {@code -bm ss -f 10 -wi 0 -i 1}. With {@code -p prewarm=true} the
 * set-up first exports the sample session once in the same format, so single-shot mode measures
 * a big export after a small one. With {@code -p warmup=N} it first runs the app's export warm-up
 * ({@code export.RendererWarmup}, N rounds of its small document in PDF and DOCX) to completion.
 * With {@code -p dialogMs=T} it does what the app does: the export dialog starts the warm-up in
 * the background when it opens, and the user clicks Export T ms later, which stops the warm-up
 * after the format it is rendering; the set-up starts the warm-up and waits T ms, so single-shot
 * mode measures the export from the click, with the warm-up possibly still finishing a format
 * beside it ({@code dialogMs=0}: Export clicked at once).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ExportBenchmark {
    @Param({"sample", "threeHours"})
    public String session;

    @Param({"md", "html", "pdf", "docx"})
    public String format;

    @Param({"false"})
    public boolean prewarm;

    @Param({"0"})
    public int warmup;

    /** Milliseconds between the dialog opening (warm-up started) and Export; negative: no dialog. */
    @Param({"-1"})
    public int dialogMs;

    private final Exporter exporter = new Exporter();
    private final SessionDocument documents = new SessionDocument(new Labels(), ZoneId.of("Europe/Stockholm"));
    private Session value;
    private Optional<Case> caseData;
    private ExportFormat exportFormat;
    private Path folder;
    private Path target;
    private RendererWarmup dialogWarmup;

    @Setup(Level.Trial)
    public void setUp() throws IOException, FileProblemException {
        value = session.equals("sample") ? sample() : GeneratedData.threeHourSession();
        caseData = GeneratedData.bundledCases().stream().filter(c -> c.id().equals(value.caseRef().id())).findFirst();
        exportFormat = ExportFormat.fromName(format).orElseThrow();
        folder = TempFiles.directory("bench-export-");
        target = folder.resolve(exportFormat.withExtension("anteckningar"));
        if (warmup > 0) {
            new RendererWarmup(new Exporter()).run(warmup);
        }
        if (dialogMs >= 0) {
            dialogWarmup = new RendererWarmup(new Exporter());
            dialogWarmup.startOnce(ExportFormat.PDF); // the dialog opens on PDF
            try {
                Thread.sleep(dialogMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (prewarm) {
            exporter.write(documents.build(sample(), caseData), exportFormat, target);
        }
    }

    static Session sample() throws IOException, FileProblemException {
        Path file = Path.of("examples", "sample-session.json");
        if (!Files.isRegularFile(file)) {
            throw new IOException(file.toAbsolutePath() + " not found: run the benchmarks from the repository root");
        }
        return new SessionFormat(new Messages(new Locale("sv"))).read(file.toString(), Files.readAllBytes(file));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempFiles.delete(folder);
    }

    @Benchmark
    public Path export() throws IOException {
        if (dialogWarmup != null) {
            dialogWarmup.stop(); // as the dialog does when Export is clicked
        }
        exporter.write(documents.build(value, caseData), exportFormat, target);
        return target;
    }
}
