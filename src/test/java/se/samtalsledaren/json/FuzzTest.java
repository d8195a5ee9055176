package se.samtalsledaren.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.cli.Cli;
import se.samtalsledaren.library.CaseFormat;
import se.samtalsledaren.library.CaseLibraryLoader;
import se.samtalsledaren.store.SessionFormat;
import se.samtalsledaren.store.SessionStore;

/**
 * Thousands of seeded mutations of a case file and of the sample session through the loaders
 * and through {@code validate}: nothing but {@link FileProblemException} escapes, every problem
 * names the file and is one line, and nothing hangs (a generous whole-test guard, not a speed goal).
 */
@Tag("fuzz")
class FuzzTest {
    private static final int MUTATIONS = 3000;
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);
    @TempDir Path dir;
    private final Messages messages = new Messages(Locale.ENGLISH);

    /** Outcome counts per mutation kind, printed so a reader can see what was exercised. */
    private final Map<String, int[]> stats = new TreeMap<>();

    private interface Loader {
        Object load(String name, byte[] bytes) throws FileProblemException;
    }

    private void fuzz(String what, Path original, long seed, Loader loader) throws Exception {
        byte[] bytes = Files.readAllBytes(original);
        Mutator m = new Mutator(seed);
        for (int i = 0; i < MUTATIONS; i++) {
            StringBuilder kind = new StringBuilder();
            byte[] mutated = m.mutate(bytes, kind);
            String name = what + "-" + i + ".json";
            int[] s = stats.computeIfAbsent(what + " / " + kind.toString().replaceAll(" \\d+$", ""), k -> new int[2]);
            try {
                loader.load(name, mutated);
                s[0]++;
            } catch (FileProblemException e) {
                s[1]++;
                assertThat(e.problems()).as("%s (%s)", name, kind).isNotEmpty();
                for (FileProblem p : e.problems()) {
                    assertThat(p.file()).as("%s (%s)", name, kind).isEqualTo(name);
                    assertThat(p.message()).as("%s (%s)", name, kind).isNotBlank();
                    assertThat(p.toString()).as("%s (%s): one line", name, kind).doesNotContain("\n", "\r")
                            .doesNotContain("Exception", "\tat ");
                }
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(name + " (" + kind + ") escaped as " + e, e);
            }
        }
    }

    private void print() {
        stats.forEach((k, v) -> System.out.printf("FuzzTest %-45s accepted %4d refused %4d%n", k, v[0], v[1]));
    }

    @Test
    void mutatedSessionFilesAreRefusedCleanly() {
        SessionFormat format = new SessionFormat(messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> fuzz("session", Path.of("examples/sample-session.json"), 11L,
                format::read));
        print();
    }

    @Test
    void mutatedCaseFilesAreRefusedCleanly() {
        CaseFormat format = new CaseFormat(messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> fuzz("case", Path.of("cases/11-tuffa-strukturbeslut-slar-olika.json"), 13L,
                format::read));
        print();
    }

    @Test
    void mutatedFilesOnDiskThroughTheLoadersAndValidate() {
        SessionStore store = new SessionStore(messages);
        CaseLibraryLoader loader = new CaseLibraryLoader(new CaseFormat(messages), messages);
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            Mutator m = new Mutator(17L);
            byte[] session = Files.readAllBytes(Path.of("examples/sample-session.json"));
            byte[] aCase = Files.readAllBytes(Path.of("cases/05-personligt-men-inte-privat-tillganglighet.json"));
            for (int i = 0; i < 300; i++) {
                StringBuilder kind = new StringBuilder();
                Path s = Files.write(dir.resolve("s" + i + ".json"), m.mutate(session, kind));
                try {
                    store.open(s);
                } catch (FileProblemException e) {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(s.toString()));
                }
                Path c = Files.write(dir.resolve("c" + i + ".json"), m.mutate(aCase, kind));
                try {
                    loader.readFile(c);
                } catch (FileProblemException e) {
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(c.toString()));
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        java.time.ZoneOffset.UTC)
                        .run(new String[] {"validate", c.toString()});
                String errors = err.toString(StandardCharsets.UTF_8);
                assertThat(code).as("%s (%s)", c, kind).isIn(0, 1);
                assertThat(code == 0 ? errors.isEmpty() : !errors.isEmpty()).as("%s: exit code matches the problems", c).isTrue();
                for (String line : errors.split("\\R")) {
                    if (!line.isEmpty()) {
                        assertThat(line).as("%s (%s)", c, kind).startsWith(c + ":").doesNotContain("Exception", "\tat ");
                    }
                }
            }
        });
    }
}
