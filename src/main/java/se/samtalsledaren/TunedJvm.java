package se.samtalsledaren;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import se.samtalsledaren.store.AppDirectories;
import se.samtalsledaren.ui.StartupProbe;

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
 *   <li>{@code -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1}: only the quick (C1) JIT compiler,
 *       in one thread;</li>
 *   <li>{@code -XX:+UseSerialGC -Xms16m}: one collector thread and a heap that starts small.</li>
 * </ul>
 * On Linux without a graphics device the second JVM also gets {@code GDK_GL=disable}
 * ({@link SoftwareRendering}). {@code -Dsamtalsledaren.tunedJvm=off} keeps the app in the first
 * JVM; any other JVM option does too, since whoever gives one has chosen the JVM's options.
 * <p>
 * A start-up measurement ({@code --startup-probe}) counts from the first JVM's start: the second
 * JVM prints its times as they are ({@value #STARTED_PROPERTY}{@code =}{@value #COUNTED_BY_FIRST_JVM})
 * and the first relays them counted from its own start, which it asks {@code RuntimeMXBean} for
 * only then. The second JVM starts about 0.12 s after the first.
 * <p>
 * The first JVM's path through this class has no lambdas, streams or string concatenation with
 * {@code +} of non-constants: the first use of each bootstraps {@code invokedynamic}, which cost
 * that JVM about 40 ms before the second could start. For the same reason it asks neither
 * {@code RuntimeMXBean} (33–38 ms) nor {@code ProcessHandle} (8 ms) anything on Linux.
 */
public final class TunedJvm {
    /** Set to {@code second} in the second JVM; any value keeps the app in the JVM it was started in. */
    public static final String PROPERTY = "samtalsledaren.tunedJvm";
    /** The first JVM's start in epoch milliseconds, handed to the second. */
    public static final String STARTED_PROPERTY = "samtalsledaren.startedAtMillis";
    /**
     * {@value #STARTED_PROPERTY} of a second JVM whose start-up measurement the first relays,
     * counting it from its own start.
     */
    public static final String COUNTED_BY_FIRST_JVM = "first";
    /** A second JVM's start-up measurement: when its first frame was shown, in epoch milliseconds. */
    public static final String FIRST_FRAME_AT = "first-frame-at-epoch-ms: ";
    /** A second JVM's start-up measurement: when it started, in epoch milliseconds. */
    public static final String SECOND_JVM_STARTED_AT = "second-jvm-started-at-epoch-ms: ";
    /** The argument of a start-up measurement ({@code ui.StartupProbe}), which needs the first JVM's start. */
    static final String PROBE_ARGUMENT = "--startup-probe";
    /** The options given to the second JVM besides its archive, as in {@code bin/samtalsledaren}. */
    static final List<String> OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xms16m",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private TunedJvm() {}

    /**
     * What the decision looks at.
     *
     * @param property     {@value #PROPERTY} in this JVM, or null
     * @param vmName       {@code java.vm.name}
     * @param java         the java program this JVM runs
     * @param jar          the jar this class was loaded from, or null when not from a jar
     * @param jvmArguments the options this JVM was given
     * @param cacheFolder  where the archive goes
     */
    record Host(String property, String vmName, Path java, Path jar, List<String> jvmArguments, Path cacheFolder) {

        /** This JVM. */
        static Host current() {
            return new Host(System.getProperty(PROPERTY), System.getProperty("java.vm.name", ""), javaProgram(),
                    jarOfThisClass(), thisJvmsOptions(), AppDirectories.forThisProcess().cache());
        }

        /**
         * The options this JVM was given. On Linux they are read from {@code /proc/self/cmdline}
         * (what comes before {@code -jar}), in under 2 ms; {@code RuntimeMXBean} would first find
         * every platform bean provider, 33–38 ms of the first JVM's path. Options that do not show
         * there (the {@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS} and {@code _JAVA_OPTIONS}
         * variables, an {@code @argfile} the launcher expanded) and other systems take the bean's word.
         */
        static List<String> thisJvmsOptions() {
            Map<String, String> env = System.getenv();
            boolean optionsFromElsewhere = !env.getOrDefault("JDK_JAVA_OPTIONS", "").isBlank()
                    || !env.getOrDefault("JAVA_TOOL_OPTIONS", "").isBlank()
                    || !env.getOrDefault("_JAVA_OPTIONS", "").isBlank();
            if (!optionsFromElsewhere && System.getProperty("os.name", "").startsWith("Linux")) {
                try (FileInputStream in = new FileInputStream("/proc/self/cmdline")) {
                    Optional<List<String>> options = optionsBeforeJar(in.readAllBytes());
                    if (options.isPresent()) {
                        return options.get();
                    }
                } catch (IOException e) {
                    // The bean below.
                }
            }
            return ManagementFactory.getRuntimeMXBean().getInputArguments();
        }

        /**
         * The options in a NUL-separated command line ({@code java OPTIONS -jar JAR ARGS}): the
         * words between the program and {@code -jar}; empty when there is no {@code -jar} or an
         * {@code @argfile}, which the launcher expands before the JVM sees it.
         */
        static Optional<List<String>> optionsBeforeJar(byte[] commandLine) {
            List<String> options = new ArrayList<>();
            int from = 0;
            boolean program = true;
            for (int i = 0; i <= commandLine.length; i++) {
                if (i < commandLine.length && commandLine[i] != 0) {
                    continue;
                }
                String word = new String(commandLine, from, i - from, StandardCharsets.UTF_8);
                from = i + 1;
                if (program) {
                    program = false;
                } else if (word.equals("-jar")) {
                    return Optional.of(List.copyOf(options));
                } else if (word.startsWith("@")) {
                    return Optional.empty();
                } else {
                    options.add(word);
                }
            }
            return Optional.empty();
        }

        /**
         * The java program this JVM runs. On Windows the one it was started with, {@code java.exe}
         * or {@code javaw.exe} (a double-click, which must not open a console window for the
         * second); elsewhere {@code bin/java} under {@code java.home}, the file the program path
         * leads to, without asking the system about the process (8 ms).
         */
        private static Path javaProgram() {
            boolean windows = System.getProperty("os.name", "").startsWith("Windows");
            if (windows) {
                Optional<String> command = ProcessHandle.current().info().command();
                if (command.isPresent()) {
                    return Path.of(command.get());
                }
            }
            return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
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
     * @param probe             whether it is a start-up measurement, whose result this JVM relays
     */
    record Plan(List<String> command, Path archive, Path archiveInProgress, boolean probe) {

        /** The same start without writing an archive (for a cache folder that cannot be written). */
        Plan withoutArchive() {
            List<String> kept = new ArrayList<>();
            for (String part : command) {
                if (!part.startsWith("-XX:ArchiveClassesAtExit=")) {
                    kept.add(part);
                }
            }
            return new Plan(List.copyOf(kept), archive, null, probe);
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
            return Optional.of(run(plan.get(), SoftwareRendering.noGraphicsDevice()));
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
        boolean probe = List.of(args).contains(PROBE_ARGUMENT);
        if (probe) {
            command.add("-D" + STARTED_PROPERTY + "=" + COUNTED_BY_FIRST_JVM);
        }
        command.add("-jar");
        command.add(host.jar().toString());
        command.addAll(List.of(args));
        return Optional.of(new Plan(List.copyOf(command), archive, inProgress, probe));
    }

    /**
     * Runs the second JVM with this one's standard streams, ends it when this JVM is ended, and
     * keeps the archive it wrote when it ended well. Returns its exit status.
     */
    static int run(Plan planned, boolean noGraphicsDevice) throws IOException {
        // A JVM told to write an archive where it cannot fails at exit, with status 1.
        Plan plan = planned.archiveInProgress() == null || writableFolder(planned.archive().getParent())
                ? planned : planned.withoutArchive();
        ProcessBuilder builder = new ProcessBuilder(plan.command()).inheritIO();
        SoftwareRendering.chooseFor(builder.environment(), noGraphicsDevice);
        if (plan.probe()) {
            builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        Process second = builder.start();
        Thread stop = new Thread("stop-second-jvm") {
            @Override
            public void run() {
                end(second, plan);
            }
        };
        Runtime.getRuntime().addShutdownHook(stop);
        if (plan.probe()) {
            relayProbe(second.getInputStream(), System.out, () -> ManagementFactory.getRuntimeMXBean().getStartTime());
        }
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

    /**
     * Copies a second JVM's start-up measurement to {@code out} line by line, with its times
     * counted from this JVM's start ({@code firstJvmStart}, asked for once the second has shown its
     * first frame): {@code first-frame-ms: N} and {@code second-jvm-started-ms: M}.
     */
    static void relayProbe(InputStream second, PrintStream out, LongSupplier firstJvmStart) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(second, Charset.defaultCharset()))) {
            long start = Long.MIN_VALUE;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String relayed = line;
                if (line.startsWith(FIRST_FRAME_AT) || line.startsWith(SECOND_JVM_STARTED_AT)) {
                    if (start == Long.MIN_VALUE) {
                        start = firstJvmStart.getAsLong();
                    }
                    boolean frame = line.startsWith(FIRST_FRAME_AT);
                    long at = Long.parseLong(line.substring((frame ? FIRST_FRAME_AT : SECOND_JVM_STARTED_AT).length()).trim());
                    relayed = (frame ? StartupProbe.RESULT : "second-jvm-started-ms: ") + (at - start);
                }
                out.println(relayed);
                out.flush();
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("samtalsledaren: the start-up measurement could not be relayed: " + e);
        }
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
