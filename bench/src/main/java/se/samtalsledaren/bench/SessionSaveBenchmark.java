package se.samtalsledaren.bench;

import java.io.IOException;
import java.nio.file.Path;
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
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.store.AtomicFiles;
import se.samtalsledaren.store.SessionFormat;

/**
 * Saving and opening the three-hour session (500 notes, 400 speaking turns). {@code save} is the
 * save path: {@code SessionFormat.write} and {@code AtomicFiles.write} (temp file, fsync, atomic
 * move, directory fsync) into a real folder; {@code serialise} is the first half alone;
 * {@code open} reads and checks the file's bytes as opening it does. Sample mode gives the median
 * and the worst call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionSaveBenchmark {
    private final SessionFormat format = new SessionFormat(new Messages(new Locale("sv")));
    private Session session;
    private byte[] bytes;
    private Path folder;
    private Path file;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = GeneratedData.threeHourSession();
        bytes = format.write(session);
        folder = TempFiles.directory("bench-session-");
        file = folder.resolve("tre-timmar.json");
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        TempFiles.delete(folder);
    }

    @Benchmark
    public byte[] serialise() {
        return format.write(session);
    }

    @Benchmark
    public Path save() throws IOException {
        AtomicFiles.write(file, format.write(session));
        return file;
    }

    @Benchmark
    public Session open() throws FileProblemException {
        return format.read(file.toString(), bytes);
    }
}
