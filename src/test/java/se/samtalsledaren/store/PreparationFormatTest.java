package se.samtalsledaren.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.CaseRef;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Preparation;
import se.samtalsledaren.model.Role;

/** The preparation file: the sample, round trips, anonymity, and bad files located by line:column. */
class PreparationFormatTest {
    static final CaseRef CASE_11 = new CaseRef("skr-11", 11, "Tuffa strukturbeslut slår olika");
    private final PreparationFormat format = new PreparationFormat(new Messages(Locale.ENGLISH));
    @TempDir Path dir;

    static String sample() throws Exception {
        return Files.readString(Path.of("examples/per-hakansson.forberedelse.json"));
    }

    static Preparation preparation(String id, String name, boolean anonymous) {
        return new Preparation(id, CASE_11, name, Role.FORTROENDEVALD, anonymous,
                List.of(new Preparation.QuestionReflection(2, 3, "På vilka alternativa sätt …?", "Slå ihop skolorna stegvis."),
                        new Preparation.QuestionReflection(4, 3, "Tänkbara vägar framåt?", "  ")),
                Map.of(Phase.STEP_1, "Ishallen är en symbolfråga.", Phase.STEP_2, ""),
                Duration.ofMinutes(12), Instant.parse("2026-11-20T18:00:00Z"));
    }

    private List<FileProblem> problems(String json) {
        try {
            format.read("p.forberedelse.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (FileProblemException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void theSampleIsReadAndWrittenBackByteForByte() throws Exception {
        Preparation p = format.read("per.forberedelse.json", sample().getBytes(StandardCharsets.UTF_8));
        assertThat(p.name()).isEqualTo("Per Håkansson");
        assertThat(p.role()).isEqualTo(Role.TJANSTEPERSON);
        assertThat(p.caseRef()).isEqualTo(CASE_11);
        assertThat(p.questions()).extracting(Preparation.QuestionReflection::number).containsExactly(1, 3);
        assertThat(p.question(3)).startsWith("Var tydlig");
        assertThat(p.steps()).containsOnlyKeys(Phase.STEP_1, Phase.STEP_2, Phase.STEP_5);
        assertThat(p.timeUsed()).isEqualTo(Duration.ofMinutes(14));
        assertThat(new String(format.write(p), StandardCharsets.UTF_8)).isEqualTo(sample());
    }

    @Test
    void savingAndOpeningGivesTheSamePreparationWithoutBlankReflections() throws Exception {
        Preparation p = preparation("f-1", "Anna Berg", false);
        assertThat(p.questions()).hasSize(1);
        assertThat(p.steps()).containsOnlyKeys(Phase.STEP_1);
        Path file = dir.resolve("anna" + PreparationFormat.EXTENSION);
        format.save(file, p);
        assertThat(format.open(file)).isEqualTo(p);
    }

    @Test
    void anAnonymousPreparationCarriesNoName() throws Exception {
        Preparation p = preparation("f-2", "Anna Berg", true);
        assertThat(p.name()).isEmpty();
        String json = new String(format.write(p), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("Anna").doesNotContain("\"name\"").contains("\"anonymous\": true");
        assertThat(format.read("a.json", json.getBytes(StandardCharsets.UTF_8))).isEqualTo(p);
        // A name in an anonymous file (written by hand) is not shown either.
        String named = json.replace("\"anonymous\": true", "\"name\": \"Anna\",\n  \"anonymous\": true");
        assertThat(format.read("a.json", named.getBytes(StandardCharsets.UTF_8)).name()).isEmpty();
    }

    @Test
    void aNamedPreparationNeedsItsName() throws Exception {
        String noName = sample().replace("  \"name\": \"Per Håkansson\",\n", "");
        assertThat(problems(noName)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.name");
            assertThat(p.message()).contains("\"name\"");
            assertThat(p.line()).isEqualTo(1);
        });
        String blank = sample().replace("\"name\": \"Per Håkansson\"", "\"name\": \"  \"");
        assertThat(problems(blank)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.name");
            assertThat(p.line()).isEqualTo(9);
        });
    }

    @Test
    void badFilesAreLocatedByLineAndColumn() throws Exception {
        FileProblem step = problems(sample().replace("\"step\": 4", "\"step\": 6")).get(0);
        assertThat(step.field()).isEqualTo("$.questions[1].step");
        assertThat(step.line()).isEqualTo(21);
        assertThat(step.column()).isGreaterThan(1);
        assertThat(step.toString()).startsWith("p.forberedelse.json:21:");

        FileProblem syntax = problems(sample().replace("\"anonymous\": false,", "\"anonymous\": false")).get(0);
        assertThat(syntax.line()).isEqualTo(12);
        assertThat(syntax.message()).startsWith("not valid JSON");

        FileProblem when = problems(sample().replace("2026-11-20T18:03:00Z", "i går kväll")).get(0);
        assertThat(when.field()).isEqualTo("$.savedAt");
        assertThat(when.line()).isEqualTo(32);

        FileProblem dup = problems(sample().replace("\"number\": 3,", "\"number\": 1,")).get(0);
        assertThat(dup.field()).isEqualTo("$.questions[1].number");
        assertThat(dup.message()).isEqualTo("question number 1 occurs more than once");

        assertThat(problems(sample().replace("\"formatVersion\": 1", "\"formatVersion\": 2")).get(0).field())
                .isEqualTo("$.formatVersion");
        assertThat(problems(sample().replace("\"steps\": {", "\"steps\": {\n    \"step9\": \"x\",")).get(0).field())
                .startsWith("$.steps");
        assertThat(problems("[]").get(0).message()).contains("JSON object");
    }

    @Test
    void aPreparationOfAnotherCaseIsRefusedForThisSession() throws Exception {
        byte[] bytes = sample().getBytes(StandardCharsets.UTF_8);
        FileProblemException e = org.junit.jupiter.api.Assertions.assertThrows(FileProblemException.class,
                () -> format.readFor("per.json", bytes, new CaseRef("skr-03", 3, "Prioriteringar")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("$.case.id");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("the preparation is for case 11 Tuffa strukturbeslut slår olika, but the session is on case 3 Prioriteringar");
        });
        assertThat(format.readFor("per.json", bytes, CASE_11).id()).isEqualTo("f-7c1e2a90");
    }

    @Test
    void oversizedAndMissingFilesAreRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("big.forberedelse.json");
        Files.write(big, new byte[(int) PreparationFormat.LIMITS.maxBytes() + 1]);
        FileProblemException e = org.junit.jupiter.api.Assertions.assertThrows(FileProblemException.class, () -> format.open(big));
        assertThat(e.problems().get(0).message()).contains("too large");
        FileProblemException missing = org.junit.jupiter.api.Assertions.assertThrows(FileProblemException.class,
                () -> format.open(dir.resolve("nope.json")));
        assertThat(missing.problems().get(0).file()).endsWith("nope.json");
    }
}
