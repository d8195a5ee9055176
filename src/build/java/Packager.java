import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Build step of the {@code jpackage} profile (pom.xml): the desktop app as a native app-image with
 * its own trimmed Java runtime, a check of that image, and an installer made from it. It drives the
 * JDK's own tools ({@code jar}, {@code jmod}, {@code jdeps}, {@code jlink}, {@code jpackage}) through
 * {@link ToolProvider}, so one program does the same on Linux, Windows and macOS.
 *
 * <pre>
 *   java src/build/java/Packager.java image     OPTIONS   (phase package)
 *   java src/build/java/Packager.java check     OPTIONS   (phase integration-test)
 *   java src/build/java/Packager.java installer OPTIONS   (phase verify)
 * </pre>
 *
 * {@code image} writes DEST/image/NAME (NAME.app on macOS):
 * <ol>
 *   <li>the app's classes as one jar, beside the library jars of the class path, which are copied
 *       unchanged (with their licence files); the JavaFX jars are not copied;</li>
 *   <li>JavaFX as modules of the runtime: the JavaFX jars on Maven Central are modular jars with
 *       their native libraries inside, which JavaFX would copy to {@code ~/.openjfx/cache} and load
 *       from there. Each is turned into a jmod here ({@code jmod create}, classes and native
 *       libraries apart), so that jlink puts the libraries where the JDK keeps its own
 *       ({@code lib/}, {@code bin/} on Windows) and they load from the install folder;</li>
 *   <li>the runtime: {@code jlink} of the JDK modules {@code jdeps} finds in the app and its
 *       libraries, the JavaFX modules, and {@code --add-modules} (modules that are looked up as
 *       services, which {@code jdeps} cannot see: {@code jdk.localedata} for Swedish dates and
 *       sorting), with the locales of {@code --locales} only;</li>
 *   <li>the class-data archive (CDS): a training run starts the app with the launcher's options
 *       ({@code --train-args}, the start-up probe, which shows the window and exits) and lists the
 *       classes it loads; the runtime's default archive is then made again from that list (and the
 *       JDK's own default list), so every JDK and JavaFX class the start needs is mapped from it
 *       instead of being read and verified. The archive holds only classes of the runtime image,
 *       whose location the JVM does not check, so it works wherever the app is installed (JDK 17
 *       checks the exact path of a class-path jar, and a per-user install on Windows has a path
 *       per user). On Linux the image keeps the runtime's {@code bin/java} and the training's class
 *       list ({@code lib/app/NAME.classlist}), from which the .deb's postinst makes the archive
 *       again with the app's classes, at the path it was installed to. The training needs a
 *       display: {@code DISPLAY} on Linux (or {@code xvfb-run} on the {@code PATH}); Windows and
 *       macOS have one. Without one the runtime gets jlink's default archive
 *       ({@code --training auto}) or the build fails ({@code --training required});</li>
 *   <li>{@code jpackage --type app-image} with the launcher's JVM options ({@link #JAVA_OPTIONS}).</li>
 * </ol>
 * On Windows the image has a second launcher with a console, {@code NAME-cli.exe}, for the
 * headless commands (the main one is a Windows program without a console).
 * {@code check} runs the image's launcher headless as users and CI would: {@code --version},
 * {@code validate} on the bundled cases and the sample session, and exports of the sample session to
 * Markdown (with the session's date in Swedish, which needs the runtime's locale data), PDF and
 * DOCX; with a display also a start of the window ({@code --startup-probe}).
 * {@code installer} turns the image into {@code --type} (deb, rpm, msi, exe, dmg, pkg; {@code auto}
 * picks this system's, a .deb only when {@code dpkg-deb} and {@code fakeroot} are there; {@code none}
 * or empty: nothing).
 */
public final class Packager {
    /**
     * The launcher's JVM options (bin/samtalsledaren gives the same, docs/performance.md): only the
     * quick JIT compiler, in one thread; the serial collector with a heap that starts small; no
     * messages about the class-data archive.
     */
    static final List<String> JAVA_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xms16m",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");
    private static final long TRAINING_MINUTES = 5;
    private static final long CHECK_MINUTES = 3;

    private final Map<String, String> options;

    private Packager(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 2 == 0) {
            usage();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage();
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Packager packager = new Packager(options);
        try {
            switch (args[0]) {
                case "image" -> packager.image();
                case "check" -> packager.check();
                case "installer" -> packager.installer();
                default -> usage();
            }
        } catch (BuildFailure e) {
            System.err.println("Packager: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void usage() {
        System.err.println("usage: java Packager.java image|check|installer --OPTION VALUE ... (see the class comment)");
        System.exit(2);
    }

    /** A step that failed, with what to do about it. */
    static final class BuildFailure extends Exception {
        private static final long serialVersionUID = 1L;

        BuildFailure(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- image

    private void image() throws Exception {
        String name = required("name");
        String mainClass = required("main-class");
        String jarName = options.getOrDefault("jar-name", name.toLowerCase(Locale.ROOT) + ".jar");
        Path dest = Path.of(required("dest"));
        Path work = dest.resolve("work");
        Path input = work.resolve("input");
        Path runtime = work.resolve("runtime");
        Path jmods = work.resolve("jmods");
        deleteTree(work);
        deleteTree(dest.resolve("image"));
        Files.createDirectories(input);
        Files.createDirectories(jmods);

        // 1. The app's jar and the library jars; the JavaFX jars become jmods.
        List<Path> javafxJars = new ArrayList<>();
        for (String entry : required("class-path").split(Pattern.quote(java.io.File.pathSeparator))) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (Files.isDirectory(path) || !entry.endsWith(".jar")) {
                continue; // the app's classes, given with --classes
            }
            Optional<ModuleDescriptor> module = descriptor(path);
            boolean javafx = module.isPresent() && module.get().name().startsWith("javafx.");
            if (javafx && !module.get().isAutomatic()) {
                javafxJars.add(path);
            } else if (!javafx) {
                Files.copy(path, input.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
            // javafx.*Empty: the platform-less JavaFX jars, which hold no classes.
        }
        List<String> jar = new ArrayList<>(List.of("--create", "--file", input.resolve(jarName).toString(),
                "--main-class", mainClass));
        for (String classes : required("classes").split(Pattern.quote(java.io.File.pathSeparator))) {
            jar.addAll(List.of("-C", classes, "."));
        }
        tool("jar", jar);
        Set<String> javafxModules = new LinkedHashSet<>();
        for (Path fx : javafxJars) {
            javafxModules.add(jmod(fx, work.resolve("javafx"), jmods));
        }
        System.out.println("Packager: JavaFX modules " + javafxModules);

        // 2. The runtime: the JDK modules jdeps finds, JavaFX, and the service modules asked for.
        List<String> jdeps = new ArrayList<>(List.of("--multi-release", "17", "--ignore-missing-deps",
                "--print-module-deps", "--module-path", jmods.toString(),
                "--class-path", classPath(input, jarName), input.resolve(jarName).toString()));
        String found = tool("jdeps", jdeps).trim();
        Set<String> modules = new LinkedHashSet<>(Arrays.asList(found.split(",")));
        modules.addAll(javafxModules);
        modules.addAll(list(options.getOrDefault("add-modules", "")));
        modules.removeIf(String::isBlank);
        System.out.println("Packager: runtime modules " + modules + " (jdeps: " + found + ")");
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jdkJmods)) {
            throw new BuildFailure(jdkJmods + " is missing: jlink needs the JDK's jmods (Debian and Ubuntu: "
                    + "apt-get install openjdk-17-jmods; the JDKs of adoptium.net have them)");
        }
        Optional<List<String>> training = trainingDisplay();
        List<String> jlink = new ArrayList<>(List.of("--module-path", jmods + java.io.File.pathSeparator + jdkJmods,
                "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", runtime.toString()));
        if (training.isEmpty()) {
            jlink.add("--generate-cds-archive"); // the JDK's default archive, for the JDK's default class list
        }
        String locales = options.getOrDefault("locales", "");
        if (!locales.isBlank()) {
            jlink.add("--include-locales=" + locales);
        }
        tool("jlink", jlink);
        // The archive for heaps over 32 GB (no compressed pointers), which this app never has.
        Path serverLib = runtime.resolve(WINDOWS ? "bin" : "lib").resolve("server");
        Files.deleteIfExists(serverLib.resolve("classes_nocoops.jsa"));

        // 3. The class-data archive, from a training run.
        if (training.isPresent()) {
            train(training.get(), runtime, input, jarName, mainClass, work, serverLib.resolve("classes.jsa"));
        }

        // The JDK's commands were needed for the training and the archive; the launcher does not use
        // them. On Linux, java stays for the .deb's postinst, which makes the archive again with the
        // app's classes (src/packaging/linux/resources/postinst), beside the training's class list.
        boolean linux = !WINDOWS && !MAC;
        try (Stream<Path> commands = Files.list(runtime.resolve("bin"))) {
            for (Path command : commands.collect(Collectors.toList())) {
                boolean keep = linux && command.getFileName().toString().equals("java")
                        || WINDOWS && !command.toString().endsWith(".exe");
                if (Files.isRegularFile(command) && !keep) {
                    Files.delete(command);
                }
            }
        }
        Path classList = work.resolve("archive.classlist");
        if (linux && Files.isRegularFile(classList)) {
            Files.copy(classList, input.resolve(jarName.replaceFirst("\\.jar$", "") + ".classlist"));
        }

        // 4. The app-image.
        List<String> jpackage = new ArrayList<>(List.of("--type", "app-image", "--name", name,
                "--app-version", required("version"), "--runtime-image", runtime.toString(),
                "--input", input.toString(), "--main-jar", jarName, "--main-class", mainClass,
                "--dest", dest.resolve("image").toString()));
        for (String option : JAVA_OPTIONS) {
            jpackage.addAll(List.of("--java-options", option));
        }
        described(jpackage);
        icon(jpackage);
        if (WINDOWS) {
            // The main launcher is a Windows program without a console, so what the headless commands
            // print would go nowhere: a second launcher with a console, for the commands and the check.
            Path properties = work.resolve("cli-launcher.properties");
            Files.write(properties, List.of("win-console=true", "win-shortcut=false", "win-menu=false"), StandardCharsets.ISO_8859_1);
            jpackage.addAll(List.of("--add-launcher", cliLauncherName(name) + "=" + properties));
        }
        tool("jpackage", jpackage);
        Path image = imageOf(dest, name);
        System.out.println("Packager: " + image + ", " + megabytes(size(image)) + " (runtime "
                + megabytes(size(runtime)) + ", class-data archive "
                + megabytes(Files.size(serverLib.resolve("classes.jsa"))) + ")");
    }

    /** The module name of a jar, if it has one (its module-info or Automatic-Module-Name). */
    private static Optional<ModuleDescriptor> descriptor(Path jar) {
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst().map(ModuleReference::descriptor);
        } catch (RuntimeException e) {
            return Optional.empty(); // not usable as a module: an ordinary library jar
        }
    }

    /**
     * Writes the jmod of a modular JavaFX jar: its classes and resources, and its native libraries
     * (the files at the jar's root that end in .so, .dll or .dylib) as the jmod's libraries.
     * Returns the module's name.
     */
    private static String jmod(Path jar, Path scratch, Path jmods) throws Exception {
        String module = descriptor(jar).orElseThrow().name();
        Path classes = scratch.resolve(module).resolve("classes");
        Path libs = scratch.resolve(module).resolve("libs");
        Files.createDirectories(classes);
        Files.createDirectories(libs);
        boolean hasLibs = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().collect(Collectors.toList())) {
                String path = entry.getName();
                boolean atRoot = !path.contains("/");
                boolean nativeLibrary = atRoot && (path.endsWith(".so") || path.endsWith(".dll") || path.endsWith(".dylib"));
                if (entry.isDirectory() || path.equals("META-INF/MANIFEST.MF") || atRoot && path.endsWith(".jar")) {
                    continue; // directories are made as needed; javafx-swt.jar is for SWT programs
                }
                Path target = (nativeLibrary ? libs : classes).resolve(path).normalize();
                if (!target.startsWith(nativeLibrary ? libs : classes)) {
                    throw new BuildFailure(jar + " has an entry outside its own folders: " + path);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                hasLibs |= nativeLibrary;
            }
        }
        List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
        if (hasLibs) {
            args.addAll(List.of("--libs", libs.toString()));
        }
        args.add(jmods.resolve(module + ".jmod").toString());
        tool("jmod", args);
        return module;
    }

    /**
     * What the training run needs in front of it to have a display ({@link #displayPrefix}), or
     * empty when there is no training: {@code --training off}, or no display and not
     * {@code --training required}, which fails then.
     */
    private Optional<List<String>> trainingDisplay() throws BuildFailure {
        String mode = options.getOrDefault("training", "auto");
        if (mode.equals("off")) {
            System.out.println("Packager: no training run (--training off); the runtime gets jlink's class-data archive");
            return Optional.empty();
        }
        List<String> display = displayPrefix();
        if (display == null) {
            String why = "no display for the training run (DISPLAY is not set and xvfb-run is not on the PATH)";
            if (mode.equals("required")) {
                throw new BuildFailure(why + "; it is required (--training required)");
            }
            System.out.println("Packager: " + why + "; the runtime gets jlink's class-data archive, "
                    + "so the first start is slower than an installer's built with a display");
            return Optional.empty();
        }
        return Optional.of(display);
    }

    /**
     * Runs the training start and makes the runtime's default class-data archive from the classes
     * it loaded and the JDK's default class list.
     */
    private void train(List<String> display, Path runtime, Path input, String jarName, String mainClass, Path work,
            Path archive) throws Exception {
        Path java = runtime.resolve("bin").resolve(WINDOWS ? "java.exe" : "java");
        Path classList = work.resolve("training.classlist");
        List<String> command = new ArrayList<>(display);
        command.add(java.toString());
        command.addAll(JAVA_OPTIONS);
        command.add("-XX:DumpLoadedClassList=" + classList);
        command.add("-Dsamtalsledaren.home=" + work.resolve("training-home"));
        command.addAll(List.of("-cp", classPath(input, jarName), mainClass));
        command.addAll(list(options.getOrDefault("train-args", "")));
        Result training = run(command, TRAINING_MINUTES, Map.of());
        if (training.status() != 0 || !Files.isRegularFile(classList) || Files.size(classList) == 0) {
            throw new BuildFailure("the training run failed (exit " + training.status() + "): " + String.join(" ", command)
                    + System.lineSeparator() + training.output());
        }
        // The training's classes first, then the JDK's default list, each class once.
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : List.of(classList, runtime.resolve("lib").resolve("classlist"))) {
            if (Files.isRegularFile(list)) {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(line);
                    }
                }
            }
        }
        Path merged = work.resolve("archive.classlist");
        Files.write(merged, lines, StandardCharsets.UTF_8);
        archive.toFile().setWritable(true);
        Files.deleteIfExists(archive);
        // Without a class path: the app's and its libraries' classes are left out (see the class comment).
        List<String> dump = List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + merged,
                "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        Result dumped = run(dump, TRAINING_MINUTES, Map.of());
        if (dumped.status() != 0 || !Files.isRegularFile(archive)) {
            throw new BuildFailure("the class-data archive could not be made (exit " + dumped.status() + "): "
                    + String.join(" ", dump) + System.lineSeparator() + dumped.output());
        }
        System.out.println("Packager: class-data archive from the training run: " + lines.size() + " classes listed, "
                + megabytes(Files.size(archive)));
    }

    /**
     * What a GUI command needs in front of it to have a display: nothing where there is one,
     * {@code xvfb-run} on Linux without one when it is installed; null when there is none.
     */
    private static List<String> displayPrefix() {
        if (WINDOWS || MAC) {
            return List.of();
        }
        String x = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if (x != null && !x.isBlank() || wayland != null && !wayland.isBlank()) {
            return List.of();
        }
        return onPath("xvfb-run") ? List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24") : null;
    }

    /** The class path of the image's launcher: the app's jar, then the others by name. */
    private static String classPath(Path input, String jarName) throws IOException {
        List<String> jars = new ArrayList<>();
        jars.add(input.resolve(jarName).toString());
        try (Stream<Path> files = Files.list(input)) {
            files.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().equals(jarName))
                    .sorted().forEach(p -> jars.add(p.toString()));
        }
        return String.join(java.io.File.pathSeparator, jars);
    }

    // ---------------------------------------------------------------- check

    private void check() throws Exception {
        String name = required("name");
        Path dest = Path.of(required("dest"));
        Path image = imageOf(dest, name);
        Path launcher = launcherOf(image, name);
        if (!Files.isRegularFile(launcher)) {
            throw new BuildFailure("no launcher at " + launcher + ": build the image first (Packager image)");
        }
        Path out = dest.resolve("check");
        deleteTree(out);
        Files.createDirectories(out);
        Path session = Path.of(required("session"));
        Map<String, String> noDisplay = Map.of();

        Result version = expectSuccess(launcher, List.of("--version"), noDisplay);
        String expected = name + " " + required("version");
        if (!version.output().lines().anyMatch(l -> l.strip().equals(expected))) {
            throw new BuildFailure("--version printed no line '" + expected + "':" + System.lineSeparator() + version.output());
        }
        expectSuccess(launcher, List.of("validate", required("cases"), session.toString()), noDisplay);

        Path md = out.resolve("notes.md");
        expectSuccess(launcher, List.of("export", session.toString(), "--format", "md", "--out", md.toString()), noDisplay);
        String date = swedishDate(session);
        if (!Files.readString(md, StandardCharsets.UTF_8).contains(date)) {
            throw new BuildFailure(md + " does not give the session's date in Swedish ('" + date
                    + "'): is jdk.localedata in the runtime, with the sv locale?");
        }
        for (String[] format : new String[][] {{"pdf", "%PDF-"}, {"docx", "PK"}}) {
            Path file = out.resolve("notes." + format[0]);
            expectSuccess(launcher, List.of("export", session.toString(), "--format", format[0], "--out", file.toString()), noDisplay);
            byte[] start = new byte[format[1].length()];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.readNBytes(start, 0, start.length) != start.length
                        || !new String(start, StandardCharsets.ISO_8859_1).equals(format[1])) {
                    throw new BuildFailure(file + " does not start as a ." + format[0] + " file does");
                }
            }
            System.out.println("Packager: check: export to " + format[0] + ", " + Files.size(file) + " bytes");
        }

        List<String> display = displayPrefix();
        if (display == null) {
            System.out.println("Packager: check: no display (DISPLAY unset, no xvfb-run): the window's start is not checked");
        } else {
            List<String> command = new ArrayList<>(display);
            command.add(launcher.toString());
            command.add("--startup-probe");
            // The probe's start writes nothing to the user's folders: they go under the check's folder.
            Result start = run(command, CHECK_MINUTES, Map.of("JAVA_TOOL_OPTIONS", "-Dsamtalsledaren.home=" + out.resolve("home")));
            if (start.status() != 0 || !start.output().contains("first-frame-ms: ")) {
                throw new BuildFailure("the window did not start (exit " + start.status() + "):" + System.lineSeparator() + start.output());
            }
            System.out.println("Packager: check: the window started ("
                    + start.output().lines().filter(l -> l.startsWith("first-frame-ms")).findFirst().orElse("") + ")");
        }
        System.out.println("Packager: check passed: " + launcher);
    }

    /** The session file's date as the Swedish export writes it (Labels: "d MMMM yyyy"). */
    private static String swedishDate(Path session) throws IOException, BuildFailure {
        Matcher m = Pattern.compile("\"date\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(Files.readString(session, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new BuildFailure(session + " has no \"date\"");
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("sv", "SE")).format(LocalDate.parse(m.group(1)));
    }

    private Result expectSuccess(Path launcher, List<String> args, Map<String, String> environment) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(args);
        Result result = run(command, CHECK_MINUTES, environment);
        if (result.status() != 0) {
            throw new BuildFailure("exit " + result.status() + " from " + String.join(" ", command)
                    + System.lineSeparator() + result.output());
        }
        System.out.println("Packager: check: " + String.join(" ", args));
        return result;
    }

    // ---------------------------------------------------------------- installer

    private void installer() throws Exception {
        String type = options.getOrDefault("type", "").strip();
        if (type.equals("auto")) {
            type = WINDOWS ? "msi" : MAC ? "dmg" : onPath("dpkg-deb") && onPath("fakeroot") ? "deb" : "";
            if (type.isEmpty()) {
                System.out.println("Packager: no installer: a .deb needs dpkg-deb and fakeroot, which are not on the PATH");
                return;
            }
        }
        if (type.isEmpty() || type.equals("none")) {
            System.out.println("Packager: no installer asked for (-Djpackage.installer=deb|rpm|msi|exe|dmg|pkg|auto); the app-image is "
                    + imageOf(Path.of(required("dest")), required("name")));
            return;
        }
        String name = required("name");
        Path dest = Path.of(required("dest"));
        Path image = imageOf(dest, name);
        if (!Files.isDirectory(image)) {
            throw new BuildFailure("no app-image at " + image + ": build it first (Packager image)");
        }
        Path installers = dest.resolve("installer");
        Files.createDirectories(installers);
        List<String> jpackage = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--name", name, "--app-version", required("version"), "--dest", installers.toString()));
        described(jpackage);
        icon(jpackage);
        String packageName = name.toLowerCase(Locale.ROOT);
        switch (type) {
            case "deb", "rpm" -> {
                jpackage.addAll(List.of("--linux-package-name", packageName, "--linux-shortcut",
                        "--linux-menu-group", options.getOrDefault("linux-menu-group", "Office"),
                        "--linux-app-category", options.getOrDefault("linux-app-category", "misc")));
                if (options.containsKey("linux-maintainer")) {
                    jpackage.addAll(List.of("--linux-deb-maintainer", options.get("linux-maintainer")));
                }
                Optional<Path> resources = resources("linux");
                if (resources.isPresent()) {
                    jpackage.addAll(List.of("--resource-dir", resources.get().toString()));
                }
            }
            case "msi", "exe" -> jpackage.addAll(List.of("--win-per-user-install", "--win-menu",
                    "--win-menu-group", name, "--win-shortcut", "--win-upgrade-uuid", required("win-upgrade-uuid")));
            case "dmg", "pkg" -> jpackage.addAll(List.of("--mac-package-identifier", required("mac-package-identifier"),
                    "--mac-package-name", name));
            default -> throw new BuildFailure("unknown installer type '" + type + "'");
        }
        tool("jpackage", jpackage);
        String suffix = "." + type;
        try (Stream<Path> made = Files.list(installers)) {
            for (Path file : made.filter(p -> p.getFileName().toString().endsWith(suffix)).collect(Collectors.toList())) {
                System.out.println("Packager: installer " + file + ", " + megabytes(Files.size(file)));
            }
        }
    }

    // ---------------------------------------------------------------- shared

    private void described(List<String> jpackage) {
        for (String key : List.of("description", "vendor", "copyright")) {
            if (options.containsKey(key)) {
                jpackage.addAll(List.of("--" + key, options.get(key)));
            }
        }
    }

    /** The icon for this system from --packaging DIR: linux/NAME.png, windows/NAME.ico, macos/NAME.icns. */
    private void icon(List<String> jpackage) throws BuildFailure {
        if (!options.containsKey("packaging")) {
            return;
        }
        String name = required("name");
        Path icon = Path.of(options.get("packaging")).resolve(WINDOWS ? "windows/" + name + ".ico"
                : MAC ? "macos/" + name + ".icns" : "linux/" + name + ".png");
        if (!Files.isRegularFile(icon)) {
            throw new BuildFailure("no icon at " + icon + " (tools/make_icons.py makes them)");
        }
        jpackage.addAll(List.of("--icon", icon.toString()));
    }

    /** jpackage's resource folder for a system (files that replace its defaults), when there is one. */
    private Optional<Path> resources(String system) {
        if (!options.containsKey("packaging")) {
            return Optional.empty();
        }
        Path dir = Path.of(options.get("packaging")).resolve(system).resolve("resources");
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    private static Path imageOf(Path dest, String name) {
        return dest.resolve("image").resolve(MAC ? name + ".app" : name);
    }

    /** The launcher the check runs: on Windows the one with a console ({@link #cliLauncherName}). */
    private static Path launcherOf(Path image, String name) {
        if (WINDOWS) {
            return image.resolve(cliLauncherName(name) + ".exe");
        }
        return MAC ? image.resolve("Contents").resolve("MacOS").resolve(name) : image.resolve("bin").resolve(name);
    }

    /** The name of the Windows image's second launcher, which has a console. */
    private static String cliLauncherName(String name) {
        return name.toLowerCase(Locale.ROOT) + "-cli";
    }

    private String required(String key) throws BuildFailure {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new BuildFailure("--" + key + " is missing");
        }
        return value;
    }

    private static List<String> list(String spaceOrCommaSeparated) {
        return Arrays.stream(spaceOrCommaSeparated.split("[,\\s]+")).filter(s -> !s.isBlank()).collect(Collectors.toList());
    }

    /** Runs a JDK tool in this JVM and returns what it printed; fails with its output when it fails. */
    private static String tool(String name, List<String> args) throws BuildFailure {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException("this JDK has no " + name));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            status = tool.run(o, e, args.toArray(String[]::new));
        }
        if (status != 0) {
            throw new BuildFailure(name + " failed (exit " + status + "): " + name + " " + String.join(" ", args)
                    + System.lineSeparator() + out + err);
        }
        if (!err.toString().isBlank()) {
            System.err.print(err);
        }
        return out.toString();
    }

    record Result(int status, String output) {}

    /** Runs a program with its output (standard output and error together) collected; ends it after a time. */
    private static Result run(List<String> command, long minutes, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // the process was ended
            }
        });
        reader.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join();
            return new Result(-1, "(ended after " + minutes + " minutes) " + output.toString(Charset.defaultCharset()));
        }
        reader.join();
        return new Result(process.exitValue(), output.toString(Charset.defaultCharset()));
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(Pattern.quote(java.io.File.pathSeparator))) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
