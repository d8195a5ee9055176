package se.samtalsledaren.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.samtalsledaren.compare.Comparison;
import se.samtalsledaren.compare.ComparisonDocument;
import se.samtalsledaren.export.ExportDocument;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.store.SessionStore;

/**
 * The first comparison in a fresh JVM, as the comparison window's background work does it: the
 * session files of a folder read and checked, compared (groupings suggested), and the comparison
 * document built, once. Run one JVM per measurement (bench/README.md).
 *
 * <p>{@code FirstCompare FOLDER [SESSION.json]}: with SESSION.json, that file is read first and not
 * measured, as in an app that has opened a session before (the session format's classes loaded and
 * its schema compiled). Prints {@code compare-ms} (wall clock of reading and comparing, with
 * {@code Comparison.open} as the window and the command line do),
 * {@code compare-cpu-ms} (CPU time of the whole process meanwhile: every thread, the JIT compilers
 * and the collector included), {@code document-ms} and {@code document-cpu-ms} for the document
 * after it, and the number of groups and shared clusters.
 */
public final class FirstCompare {
    private FirstCompare() {}

    public static void main(String[] args) throws IOException, FileProblemException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: FirstCompare FOLDER [SESSION.json]");
            System.exit(2);
        }
        if (args.length == 2) {
            // An app that has opened a session before: the session format's classes and schema are loaded.
            new SessionStore(new Messages(new Locale("sv"))).open(Path.of(args[1]));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Messages messages = new Messages(new Locale("sv"));
        SessionStore store = new SessionStore(messages);
        Comparison c = Comparison.open(files, store::open, messages);
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        ExportDocument doc = new ComparisonDocument(new Labels()).build(c);
        long t2 = System.nanoTime();
        long cpu2 = os.getProcessCpuTime();
        System.out.println("groups: " + c.groups().size());
        System.out.println("shared-problems: " + c.grouping(Comparison.Kind.PROBLEMS).shared().size());
        System.out.println("shared-solutions: " + c.grouping(Comparison.Kind.SOLUTIONS).shared().size());
        System.out.println("document-blocks: " + doc.blocks().size());
        System.out.println("compare-ms: " + (t1 - t0) / 1_000_000);
        System.out.println("compare-cpu-ms: " + (cpu1 - cpu0) / 1_000_000);
        System.out.println("document-ms: " + (t2 - t1) / 1_000_000);
        System.out.println("document-cpu-ms: " + (cpu2 - cpu1) / 1_000_000);
    }
}
