package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a plain java -jar start moves the app to a tuned second JVM, with what command, and the archive it keeps. */
class TunedJvmTest {
    private static final String HOTSPOT = "OpenJDK 64-Bit Server VM";

    @TempDir Path dir;
    private Path jar;
    private Path java;
    private Path cache;

    @BeforeEach
    void files() throws IOException {
        jar = Files.write(dir.resolve("samtalsledaren.jar"), new byte[1234]);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.ofEpochSecond(1795376000L)));
        java = Files.write(dir.resolve("java"), new byte[56]);
        Files.setLastModifiedTime(java, FileTime.from(Instant.ofEpochSecond(1746088821L)));
        cache = dir.resolve("cache");
    }

    private TunedJvm.Host host(String property, String vmName, Path jarFile, List<String> jvmArguments) {
        return new TunedJvm.Host(property, vmName, java, jarFile, jvmArguments, cache);
    }

    @Test
    void firstStartWritesTheArchiveNamedAfterTheJarAndTheJava() {
        TunedJvm.Plan plan = TunedJvm.plan(new String[] {"--startup-probe"},
                host(null, HOTSPOT, jar, List.of("-Dsamtalsledaren.home=/tmp/h", "-Dfile.encoding=UTF-8"))).orElseThrow();

        Path archive = cache.resolve("classes-1234-1795376000-56-1746088821.jsa");
        Path inProgress = cache.resolve("classes-1234-1795376000-56-1746088821.jsa." + ProcessHandle.current().pid() + ".tmp");
        assertThat(plan.archive()).isEqualTo(archive);
        assertThat(plan.archiveInProgress()).isEqualTo(inProgress);
        List<String> expected = new ArrayList<>();
        expected.add(java.toString());
        expected.addAll(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-Xms16m", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        expected.add("-XX:ArchiveClassesAtExit=" + inProgress);
        expected.addAll(List.of("-Dsamtalsledaren.home=/tmp/h", "-Dfile.encoding=UTF-8",
                "-Dsamtalsledaren.tunedJvm=second", "-Dsamtalsledaren.startedAtMillis=first",
                "-jar", jar.toString(), "--startup-probe"));
        assertThat(plan.command()).containsExactlyElementsOf(expected);
        assertThat(plan.probe()).as("a start-up measurement, relayed by this JVM").isTrue();
    }

    @Test
    void laterStartsMapTheArchive() throws IOException {
        Path archive = Files.write(Files.createDirectories(cache).resolve("classes-1234-1795376000-56-1746088821.jsa"), new byte[8]);

        TunedJvm.Plan plan = TunedJvm.plan(new String[] {"session.json"}, host(null, HOTSPOT, jar, List.of())).orElseThrow();

        assertThat(plan.archiveInProgress()).isNull();
        assertThat(plan.probe()).isFalse();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"))
                .noneMatch(a -> a.startsWith("-Dsamtalsledaren.startedAtMillis"))
                .endsWith("-jar", jar.toString(), "session.json");
    }

    @Test
    void aNewBuildOfTheJarGetsItsOwnArchive() throws IOException {
        Path before = TunedJvm.plan(new String[0], host(null, HOTSPOT, jar, List.of())).orElseThrow().archive();
        Files.write(jar, new byte[1300]);

        Path after = TunedJvm.plan(new String[0], host(null, HOTSPOT, jar, List.of())).orElseThrow().archive();

        assertThat(after).isNotEqualTo(before);
        assertThat(after.getFileName().toString()).startsWith("classes-1300-");
    }

    @Test
    void staysInThisJvmWhenItIsTheSecondOrToldSoOrNotFromAJarOrNotHotSpot() {
        assertThat(TunedJvm.plan(new String[0], host("second", HOTSPOT, jar, List.of()))).isEmpty();
        assertThat(TunedJvm.plan(new String[0], host("off", HOTSPOT, jar, List.of()))).isEmpty();
        assertThat(TunedJvm.plan(new String[0], host(null, HOTSPOT, null, List.of()))).isEmpty();
        assertThat(TunedJvm.plan(new String[0], host(null, "Eclipse OpenJ9 VM", jar, List.of()))).isEmpty();
        assertThat(TunedJvm.plan(new String[0], host(null, "Java HotSpot(TM) 64-Bit Server VM", jar, List.of()))).isPresent();
    }

    /** Whoever gives the JVM an option (a heap size, a debugger agent) has chosen its options. */
    @Test
    void staysInThisJvmWhenGivenJvmOptions() {
        assertThat(TunedJvm.plan(new String[0], host(null, HOTSPOT, jar, List.of("-Xmx2g")))).isEmpty();
        assertThat(TunedJvm.plan(new String[0],
                host(null, HOTSPOT, jar, List.of("-Da=b", "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")))).isEmpty();
        assertThat(TunedJvm.plan(new String[0], host(null, HOTSPOT, jar, List.of("-Da=b")))).isPresent();
    }

    @Test
    void staysInThisJvmWhenTheJarCannotBeStamped() throws IOException {
        Files.delete(jar);

        assertThat(TunedJvm.plan(new String[0], host(null, HOTSPOT, jar, List.of()))).isEmpty();
    }

    /** A real second JVM: its exit status comes back, and the archive it wrote is kept in place of older ones. */
    @Test
    void runsTheSecondJvmAndKeepsTheArchiveItWrote() throws IOException {
        Path old = Files.write(Files.createDirectories(cache).resolve("classes-1-2-3-4.jsa"), new byte[8]);
        Path killed = Files.write(cache.resolve("classes-1-2-3-4.jsa.7.tmp"), new byte[8]);
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minusSeconds(7200)));
        Path otherStart = Files.write(cache.resolve("classes-new.jsa.8.tmp"), new byte[8]);
        Path archive = cache.resolve("classes-new.jsa");
        Path inProgress = cache.resolve("classes-new.jsa.99.tmp");

        int status = TunedJvm.run(new TunedJvm.Plan(secondJvm(inProgress, 0), archive, inProgress, false), false);

        assertThat(status).isZero();
        assertThat(archive).hasContent("archive");
        assertThat(inProgress).doesNotExist();
        assertThat(old).as("an older build's archive").doesNotExist();
        assertThat(killed).as("left by a killed start two hours ago").doesNotExist();
        assertThat(otherStart).as("another start writing its archive now").exists();
    }

    @Test
    void dropsTheArchiveOfAStartThatFailedAndPassesItsStatusOn() throws IOException {
        Path old = Files.write(Files.createDirectories(cache).resolve("classes-1-2-3-4.jsa"), new byte[8]);
        Path archive = cache.resolve("classes-new.jsa");
        Path inProgress = cache.resolve("classes-new.jsa.99.tmp");

        int status = TunedJvm.run(new TunedJvm.Plan(secondJvm(inProgress, 3), archive, inProgress, false), false);

        assertThat(status).isEqualTo(3);
        assertThat(archive).doesNotExist();
        assertThat(inProgress).doesNotExist();
        assertThat(old).exists();
    }

    /** A JVM told to write its archive where it cannot ends with status 1 and an error: not told then. */
    @Test
    void aCacheFolderThatCannotBeMadeMeansNoArchiveNotAFailedStart() throws IOException {
        Path notAFolder = Files.write(dir.resolve("not-a-folder"), new byte[1]);
        Path archive = notAFolder.resolve("samtalsledaren").resolve("classes-new.jsa");
        Path inProgress = notAFolder.resolve("samtalsledaren").resolve("classes-new.jsa.99.tmp");
        List<String> command = new ArrayList<>(secondJvm(dir.resolve("written"), 0));
        command.add(1, "-XX:ArchiveClassesAtExit=" + inProgress);

        int status = TunedJvm.run(new TunedJvm.Plan(command, archive, inProgress, false), false);

        assertThat(status).isZero();
        assertThat(dir.resolve("written")).hasContent("archive");
    }

    @Test
    void withoutAnArchiveTheCommandDropsOnlyTheArchiveOption() {
        TunedJvm.Plan plan = TunedJvm.plan(new String[] {"--startup-probe"}, host(null, HOTSPOT, jar, List.of())).orElseThrow();

        TunedJvm.Plan without = plan.withoutArchive();

        assertThat(without.archiveInProgress()).isNull();
        assertThat(without.command()).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"))
                .hasSize(plan.command().size() - 1)
                .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Dsamtalsledaren.tunedJvm=second")
                .endsWith("-jar", jar.toString(), "--startup-probe");
    }

    @Test
    void aStartThatMapsTheArchiveLeavesItAlone() throws IOException {
        Path archive = Files.write(Files.createDirectories(cache).resolve("classes-new.jsa"), new byte[8]);

        int status = TunedJvm.run(new TunedJvm.Plan(secondJvm(cache.resolve("unused"), 0), archive, null, false), false);

        assertThat(status).isZero();
        assertThat(archive).hasSize(8);
    }

    @Test
    void theUsersStartIsNotMovedWhenThisJvmIsTheSecond() {
        String before = System.getProperty(TunedJvm.PROPERTY);
        System.setProperty(TunedJvm.PROPERTY, "second");
        try {
            assertThat(TunedJvm.startIfUntuned(new String[0])).isEqualTo(Optional.empty());
        } finally {
            if (before == null) {
                System.clearProperty(TunedJvm.PROPERTY);
            } else {
                System.setProperty(TunedJvm.PROPERTY, before);
            }
        }
    }

    @Test
    void withoutAGraphicsDeviceTheSecondJvmStartsGtkWithoutOpenGl() throws IOException {
        Path archive = cache.resolve("classes-a.jsa");
        Path seen = dir.resolve("gdk-gl.txt");
        List<String> command = new ArrayList<>(secondJvm(dir.resolve("unused"), 0));
        command.add(seen.toString());

        assertThat(TunedJvm.run(new TunedJvm.Plan(command, archive, null, false), true)).isZero();
        assertThat(Files.readString(seen)).isEqualTo(System.getenv().getOrDefault("GDK_GL", "disable"));

        assertThat(TunedJvm.run(new TunedJvm.Plan(command, archive, null, false), false)).isZero();
        assertThat(Files.readString(seen)).isEqualTo(System.getenv().getOrDefault("GDK_GL", "(unset)"));
    }

    @Test
    void aProbesTimesAreRelayedCountedFromTheFirstJvmsStart() {
        String printed = String.join("\n", "first-frame-at-epoch-ms: 1795376301250", "layout-pass: 1",
                "second-jvm-started-at-epoch-ms: 1795376300120", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger asked = new AtomicInteger();

        TunedJvm.relayProbe(new ByteArrayInputStream(printed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), () -> {
                    asked.incrementAndGet();
                    return 1795376300000L;
                });

        assertThat(out.toString(StandardCharsets.UTF_8).split("\\R"))
                .containsExactly("first-frame-ms: 1250", "layout-pass: 1", "second-jvm-started-ms: 120");
        assertThat(asked).as("the first JVM's start is asked for once").hasValue(1);
    }

    @Test
    void aProbeSecondJvmsOutputGoesThroughTheFirst() throws IOException {
        List<String> command = new ArrayList<>(secondJvm(dir.resolve("unused"), 0));
        command.addAll(List.of(dir.resolve("gdk-gl.txt").toString(), "--print-probe"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = TunedJvm.run(new TunedJvm.Plan(command, cache.resolve("classes-a.jsa"), null, true), false);
        } finally {
            System.setOut(before);
        }

        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("first-frame-ms: "
                + (1795376301250L - ManagementFactory.getRuntimeMXBean().getStartTime()));
        assertThat(lines[1]).isEqualTo("layout-pass: 1");
    }

    @Test
    void theOptionsAreTheWordsBetweenTheProgramAndDashJar() {
        assertThat(TunedJvm.Host.optionsBeforeJar(commandLine("/usr/bin/java", "-Dx=1", "-Dtitle=Två ord", "-jar",
                "app.jar", "-jar", "session.json"))).contains(List.of("-Dx=1", "-Dtitle=Två ord"));
        assertThat(TunedJvm.Host.optionsBeforeJar(commandLine("java", "-Xmx1g", "-jar", "app.jar")))
                .contains(List.of("-Xmx1g"));
        assertThat(TunedJvm.Host.optionsBeforeJar(commandLine("java", "-jar", "app.jar"))).contains(List.of());
        assertThat(TunedJvm.Host.optionsBeforeJar(commandLine("java", "-cp", "app.jar", "se.samtalsledaren.Launcher")))
                .as("not started with -jar").isEmpty();
        assertThat(TunedJvm.Host.optionsBeforeJar(commandLine("java", "@options", "-jar", "app.jar")))
                .as("an argument file the launcher expanded").isEmpty();
    }

    @Test
    void aJavaDashJarStartsOptionsAreReadAsItsRuntimeBeanGivesThem() throws Exception {
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, JvmArgumentsProbe.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path probeJar = dir.resolve("probe.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(probeJar), manifest)) {
            out.flush();
        }
        Path seen = dir.resolve("arguments.txt");

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsamtalsledaren.probe=1", "-Dtitle=Två ord", "-jar", probeJar.toString(), seen.toString())
                .inheritIO().start();

        assertThat(probe.waitFor()).isZero();
        assertThat(Files.readAllLines(seen)).containsExactly("-Dsamtalsledaren.probe=1", "-Dtitle=Två ord",
                "bean:", "-Dsamtalsledaren.probe=1", "-Dtitle=Två ord");
    }

    private static byte[] commandLine(String... words) {
        return (String.join("\0", words) + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** A JVM standing in for the app: writes what its archive option would and exits with {@code status}. */
    private static List<String> secondJvm(Path writes, int status) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FakeSecondJvm.class.getName(), writes.toString(),
                Integer.toString(status));
    }
}
