package se.samtalsledaren.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibrary;
import se.samtalsledaren.library.CaseLibraryLoader;

/**
 * The first load of a case library in a fresh JVM, as the app's start does it ({@code App.loadLibrary}:
 * a new {@code CaseFormat}, then the bundled cases and the folder loaded and validated), done once.
 * Run one JVM per measurement, alternating configurations (bench/README.md).
 *
 * <p>{@code FirstLoad FOLDER [THREADS]}: THREADS omitted uses the loader's default (one thread per
 * processor but one). Prints {@code load-ms} (wall clock of the load), {@code load-cpu-ms} (CPU time of the
 * whole process during the load: every thread, the JIT compilers and the collector included),
 * {@code jvm-uptime-ms} at the end, and the number of cases and problems.
 */
public final class FirstLoad {
    private FirstLoad() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: FirstLoad FOLDER [THREADS]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Messages messages = new Messages(new Locale("sv"));
        CaseFormat format = new CaseFormat(messages);
        CaseLibraryLoader loader = args.length > 1
                ? new CaseLibraryLoader(format, messages, Integer.parseInt(args[1]))
                : new CaseLibraryLoader(format, messages);
        CaseLibrary library = loader.load(List.of(folder));
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        System.out.println("cases: " + library.entries().size());
        System.out.println("problems: " + library.problems().size());
        System.out.println("load-ms: " + (t1 - t0) / 1_000_000);
        System.out.println("load-cpu-ms: " + (cpu1 - cpu0) / 1_000_000);
        System.out.println("jvm-uptime-ms: " + runtime.getUptime());
    }
}
