package se.samtalsledaren;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import se.samtalsledaren.store.AppDirectories;

/**
 * Gives a plain {@code java -jar samtalsledaren.jar} desktop start the JVM options that
 * {@code bin/samtalsledaren} gives on Linux and macOS. A jar cannot carry JVM options, and on
 * Windows (or with a double-click) the jar is all there is, so when this JVM was started with no
 * options of its own but {@code -D} properties, the app is started in a second JVM with them and
 * this one waits for it, passes its exit status on and ends it when ended itself (the way LWJGL and
 * libGDX start a second JVM on macOS for {@code -XstartOnFirstThread}). See docs/performance.md:
 * <ul>
 *   <li>AppCDS: the classes the app loads are kept in a class-data archive, written by the second
 *       JVM's {@code -XX:ArchiveClassesAtExit} when the first start ends and mapped with
 *       {@code -XX:SharedArchiveFile} after; one per build of the jar and per java, named as
 *       {@code bin/samtalsledaren} names it, in the cache folder ({@link AppDirectories#cache()});</li>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick (C1) JIT compiler;</li>
 *   <li>{@code -XX:+UseSerialGC -Xms16m}: one collector thread and a heap that starts small.</li>
 * </ul>
 * The first JVM costs about 0.1 s and 46 MiB. The second JVM's {@code --startup-probe} counts from
 * the first JVM's start ({@value #STARTED_PROPERTY}), so that 0.1 s is in its figure.
 * {@code -Dsamtalsledaren.tunedJvm=off} keeps the app in the first JVM; any other JVM option does
 * too, since whoever gives one has chosen the JVM's options.
 * <p>
 * The first JVM's path through this class has no lambdas, streams or string concatenation with
 * {@code +} of non-constants: the first use of each bootstraps {@code invokedynamic}, which cost
 * that JVM about 40 ms before the second could start.
 */
public final class TunedJvm {
    /** Set to {@code second} in the second JVM; any value keeps the app in the JVM it was started in. */
    public static final String PROPERTY = "samtalsledaren.tunedJvm";
    /** The first JVM's start in epoch milliseconds, handed to the second. */
    public static final String STARTED_PROPERTY = "samtalsledaren.startedAtMillis";
    /** The options given to the second JVM besides its archive, as in {@code bin/samtalsledaren}. */
    static final List<String> OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms16m",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private TunedJvm() {}

    /**
     * What the decision looks at.
     *
     * @param property        {@value #PROPERTY} in this JVM, or null
     * @param vmName          {@code java.vm.name}
     * @param java            the java program this JVM runs
     * @param jar             the jar this class was loaded from, or null when not from a jar
     * @param jvmArguments    the options this JVM was given
     * @param startedAtMillis when this JVM started (epoch milliseconds)
     * @param cacheFolder     where the archive goes
     */
    record Host(String property, String vmName, Path java, Path jar, List<String> jvmArguments,
                long startedAtMillis, Path cacheFolder) {

        /** This JVM. */
        static Host current() {
            RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
            Optional<String> command = ProcessHandle.current().info().command();
            Path java = command.isPresent() ? Path.of(command.get()) : Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
            return new Host(System.getProperty(PROPERTY), System.getProperty("java.vm.name", ""), java,
                    jarOfThisClass(), runtime.getInputArguments(), runtime.getStartTime(),
                    AppDirectories.forThisProcess().cache());
        }

        private static Path jarOfThisClass() {
            try {
                var source = TunedJvm.class.getProtectionDomain().getCodeSource();
                Path path = source == null ? null : Path.of(source.getLocation().toURI());
                return path != null && path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path)
                        ? path : null;
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * The second JVM.
     *
     * @param command           its command line
     * @param archive           the class-data archive it maps, or writes when {@code archiveInProgress} is set
     * @param archiveInProgress where it writes the archive at exit, kept as {@code archive} when it ends
     *                          well; null when the archive is there already
     */
    record Plan(List<String> command, Path archive, Path archiveInProgress) {

        /** The same start without writing an archive (for a cache folder that cannot be written). */
        Plan withoutArchive() {
            List<String> kept = new ArrayList<>();
            for (String part : command) {
                if (!part.startsWith("-XX:ArchiveClassesAtExit=")) {
                    kept.add(part);
                }
            }
            return new Plan(List.copyOf(kept), archive, null);
        }
    }

    /**
     * Starts the desktop app in a second, tuned JVM when this one was started untuned, waits for
     * it and returns its exit status; empty when the app should start in this JVM.
     */
    public static Optional<Integer> startIfUntuned(String[] args) {
        if (System.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        Optional<Plan> plan = plan(args, Host.current());
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(plan.get()));
        } catch (IOException e) {
            System.err.println("samtalsledaren: could not start a second JVM (" + e.getMessage()
                    + "); starting with this JVM's options");
            return Optional.empty();
        }
    }

    /** The second JVM to start for {@code args} on {@code host}, or empty when the app should start there. */
    static Optional<Plan> plan(String[] args, Host host) {
        boolean plainHotSpot = host.vmName().contains("Server VM") && !host.vmName().contains("OpenJ9");
        boolean onlyProperties = true;
        for (String argument : host.jvmArguments()) {
            onlyProperties &= argument.startsWith("-D");
        }
        if (host.property() != null || host.jar() == null || !plainHotSpot || !onlyProperties) {
            return Optional.empty();
        }
        Path archive;
        try {
            archive = host.cacheFolder().resolve(String.join("", "classes-", stamp(host.jar()), "-", stamp(host.java()), ".jsa"));
        } catch (IOException e) {
            return Optional.empty();
        }
        Path inProgress = Files.isRegularFile(archive) ? null
                : archive.resolveSibling(String.join("", archive.getFileName().toString(), ".",
                        Long.toString(ProcessHandle.current().pid()), ".tmp"));
        List<String> command = new ArrayList<>();
        command.add(host.java().toString());
        command.addAll(OPTIONS);
        command.add(inProgress == null ? "-XX:SharedArchiveFile=".concat(archive.toString())
                : "-XX:ArchiveClassesAtExit=".concat(inProgress.toString()));
        command.addAll(host.jvmArguments());
        command.add("-D" + PROPERTY + "=second");
        command.add(("-D" + STARTED_PROPERTY + "=").concat(Long.toString(host.startedAtMillis())));
        command.add("-jar");
        command.add(host.jar().toString());
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), archive, inProgress));
    }

    /**
     * Runs the second JVM with this one's standard streams, ends it when this JVM is ended, and
     * keeps the archive it wrote when it ended well. Returns its exit status.
     */
    static int run(Plan planned) throws IOException {
        // A JVM told to write an archive where it cannot fails at exit, with status 1.
        Plan plan = planned.archiveInProgress() == null || writableFolder(planned.archive().getParent())
                ? planned : planned.withoutArchive();
        Process second = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stop = new Thread("stop-second-jvm") {
            @Override
            public void run() {
                end(second, plan);
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        int status = waitFor(second);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            return status; // this JVM is being ended: the hook keeps or drops the archive
        }
        if (plan.archiveInProgress() != null) {
            keepArchive(plan, status);
        }
        return status;
    }

    private static boolean writableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return false;
        }
        return Files.isDirectory(folder) && Files.isWritable(folder);
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Nothing interrupts main on purpose; the second JVM is still the app.
            }
        }
    }

    /**
     * Ends the second JVM as this one is ended: asked first, so it can save, forced after ten
     * seconds; then keeps or drops the archive it wrote.
     */
    private static void end(Process second, Plan plan) {
        second.destroy();
        try {
            if (!second.waitFor(10, TimeUnit.SECONDS)) {
                second.destroyForcibly();
                second.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            second.destroyForcibly();
        }
        if (plan.archiveInProgress() != null) {
            keepArchive(plan, second.isAlive() ? -1 : second.exitValue());
        }
    }

    /**
     * Keeps the archive a start wrote when it ended well, in place of older ones and of archives
     * left half-written over an hour ago (by a JVM that was killed); drops it otherwise.
     */
    static void keepArchive(Plan plan, int status) {
        Path written = plan.archiveInProgress();
        try {
            if (status == 0 && Files.isRegularFile(written) && Files.size(written) > 0) {
                long anHourAgo = System.currentTimeMillis() - TimeUnit.HOURS.toMillis(1);
                try (DirectoryStream<Path> old = Files.newDirectoryStream(plan.archive().getParent(), "classes-*")) {
                    for (Path p : old) {
                        String name = p.getFileName().toString();
                        if (name.endsWith(".jsa")
                                || name.endsWith(".tmp") && !p.equals(written)
                                        && Files.getLastModifiedTime(p).toMillis() < anHourAgo) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
                Files.move(written, plan.archive(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | UncheckedIOException e) {
            // A cache: the next start writes it again.
        }
    }

    /** Size and modification time (seconds) of the file a path leads to, as {@code bin/samtalsledaren} stamps it. */
    static String stamp(Path file) throws IOException {
        return new StringBuilder().append(Files.size(file)).append('-')
                .append(Files.getLastModifiedTime(file).toMillis() / 1000).toString();
    }
}
