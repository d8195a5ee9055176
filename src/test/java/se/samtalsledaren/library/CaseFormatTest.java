package se.samtalsledaren.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Case;
import se.samtalsledaren.model.Dimension;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.TeachingNotes;

/** Reading case files: valid files, and every kind of broken or hostile file, refused clearly. */
class CaseFormatTest {
    private final CaseFormat format = new CaseFormat(new Messages(Locale.ENGLISH));

    static final String VALID = """
            {
              "formatVersion": 1,
              "id": "test-case",
              "number": 42,
              "title": "Ett övningscase",
              "thoughtAssociation": "Hur leder vi bättre tillsammans?",
              "narrative": [
                {"type": "subheading", "text": "Bakgrund"},
                {"type": "paragraph", "text": "Kommunen står inför en övning."},
                {"type": "dialogue", "text": "– Vi måste prata, säger KSO."}
              ],
              "questions": [
                {"text": "Vad är problemet?", "step": 2},
                {"text": "Vilka konsekvenser får lösningen?", "step": 5}
              ],
              "themes": ["Ledarskap"],
              "dimensions": ["värderingar", "struktur"],
              "relatedCases": ["skr-01"],
              "commentary": [],
              "source": {"publisher": "Testkommunen", "title": "Egna case"}
            }
            """;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<FileProblem> problems(String json) {
        return problems(utf8(json));
    }

    private List<FileProblem> problems(byte[] bytes) {
        try {
            format.read("broken.json", bytes);
        } catch (FileProblemException e) {
            assertThat(e.problems()).isNotEmpty().allMatch(p -> p.file().equals("broken.json"));
            return e.problems();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void readsAValidCase() throws Exception {
        Case c = format.read("ok.json", utf8(VALID));
        assertThat(c.id()).isEqualTo("test-case");
        assertThat(c.number()).isEqualTo(42);
        assertThat(c.narrative()).hasSize(3);
        assertThat(c.questionsFor(5)).extracting(q -> q.text()).containsExactly("Vilka konsekvenser får lösningen?");
        assertThat(c.dimensions()).containsExactly(Dimension.STRUKTUR, Dimension.VARDERINGAR);
        assertThat(c.source().authors()).isEmpty();
    }

    @Test
    void aBundledFileReadsAsAnyFileDoes() throws Exception {
        assertThat(format.readBundled("ok.json", utf8(VALID))).isEqualTo(format.read("ok.json", utf8(VALID)));
    }

    @Test
    void aBrokenBundledFileIsReportedWithEveryCheck() {
        byte[] noTitle = utf8(VALID.replace("\"title\": \"Ett övningscase\",", ""));
        assertThatThrownBy(() -> format.readBundled("broken.json", noTitle))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems())
                        .extracting(FileProblem::field, FileProblem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.title", "the field \"title\" is missing")));
        byte[] notJson = utf8(VALID.substring(0, VALID.length() / 2));
        assertThatThrownBy(() -> format.readBundled("broken.json", notJson))
                .isInstanceOfSatisfying(FileProblemException.class, e -> assertThat(e.problems().get(0).message()).startsWith("not valid JSON"));
    }

    @Test
    void acceptsAUtf8ByteOrderMark() throws Exception {
        byte[] body = utf8(VALID);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(format.read("bom.json", withBom).title()).isEqualTo("Ett övningscase");
    }

    @Test
    void syntaxErrorNamesLineAndColumn() {
        String broken = VALID.replace("\"number\": 42,", "\"number\": 42");
        FileProblem p = problems(broken).get(0);
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(3);
        assertThat(p.message()).startsWith("not valid JSON");
        assertThat(p.toString()).startsWith("broken.json:5:3: ");
    }

    @Test
    void truncatedFileIsRefused() {
        FileProblem p = problems(VALID.substring(0, VALID.length() / 2)).get(0);
        assertThat(p.line()).isGreaterThan(1);
        assertThat(p.message()).startsWith("not valid JSON");
    }

    @Test
    void missingFieldNamesTheFieldAndWhereTheObjectStarts() {
        FileProblem p = problems(VALID.replace("\"title\": \"Ett övningscase\",", "")).get(0);
        assertThat(p.field()).isEqualTo("$.title");
        assertThat(p.message()).isEqualTo("the field \"title\" is missing");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void wrongTypeAndOutOfRangeValuesNamePathLineAndExpectation() {
        List<FileProblem> ps = problems(VALID.replace("\"step\": 2", "\"step\": \"två\"").replace("\"step\": 5", "\"step\": 7"));
        assertThat(ps).hasSize(2);
        assertThat(ps.get(0).field()).isEqualTo("$.questions[0].step");
        assertThat(ps.get(0).line()).isEqualTo(13);
        assertThat(ps.get(0).message()).contains("integer");
        assertThat(ps.get(1).field()).isEqualTo("$.questions[1].step");
        assertThat(ps.get(1).line()).isEqualTo(14);
        assertThat(ps.get(1).message()).contains("5");
    }

    @Test
    void unknownFieldIsRefusedByName() {
        FileProblem p = problems(VALID.replace("\"number\": 42,", "\"number\": 42, \"titel\": \"x\",")).get(0);
        assertThat(p.toString()).contains("titel");
    }

    @Test
    void unknownBlockTypeIsRefused() {
        FileProblem p = problems(VALID.replace("\"type\": \"dialogue\"", "\"type\": \"speech\"")).get(0);
        assertThat(p.field()).isEqualTo("$.narrative[2].type");
        assertThat(p.line()).isEqualTo(10);
    }

    @Test
    void duplicateKeysAreRefused() {
        FileProblem p = problems(VALID.replace("\"number\": 42,", "\"number\": 42, \"number\": 43,")).get(0);
        assertThat(p.message()).isEqualTo("the field \"number\" occurs twice");
        assertThat(p.line()).isEqualTo(4);
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8WithPosition() {
        FileProblem p = problems(VALID.getBytes(StandardCharsets.ISO_8859_1)).get(0);
        assertThat(p.message()).startsWith("the file is not UTF-8");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.column()).isEqualTo(17);
    }

    @Test
    void utf16IsRefused() {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_16);
        assertThat(problems(body).get(0).message()).contains("UTF-16");
    }

    @Test
    void trailingContentIsRefused() {
        FileProblem p = problems(VALID + "\n{}").get(0);
        assertThat(p.message()).isEqualTo("unexpected content after the JSON object");
    }

    @Test
    void emptyFileAndNonObjectsAreRefused() {
        assertThat(problems("   ").get(0).message()).isEqualTo("the file is empty");
        assertThat(problems("[1, 2]").get(0).message()).contains("JSON object");
        assertThat(problems("\"text\"").get(0).message()).contains("JSON object");
    }

    @Test
    void hugeFileIsRefusedQuicklyBeforeParsing() {
        byte[] huge = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        List<FileProblem> ps = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(huge));
        assertThat(ps.get(0).message()).startsWith("the file is too large");
    }

    @Test
    void deeplyNestedFileIsRefusedQuickly() {
        StringBuilder sb = new StringBuilder("{\"a\":");
        sb.append("[".repeat(100_000));
        List<FileProblem> ps = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(sb.toString()));
        assertThat(ps.get(0).message()).startsWith("the structure is nested too deeply");
    }

    @Test
    void overlongStringIsRefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8("{\"title\": \""));
        out.writeBytes(utf8("x".repeat(150_000)));
        out.writeBytes(utf8("\"}"));
        assertThat(problems(out.toByteArray()).get(0).message()).startsWith("a value is too long");
    }

    @Test
    void binaryGarbageIsRefusedWithoutException() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(problems(garbage)).isNotEmpty();
    }

    @Test
    void swedishMessagesAreTheDefault() {
        CaseFormat sv = new CaseFormat(new Messages(new Locale("sv")));
        assertThatThrownBy(() -> sv.read("x.json", utf8(VALID.replace("\"title\": \"Ett övningscase\",", ""))))
                .isInstanceOfSatisfying(FileProblemException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo("fältet \"title\" saknas"));
    }

    static final String NOTES = """
              "teachingNotes": {
                "learningObjectives": ["Se skillnaden mellan roller", "Våga prioritera"],
                "openingQuestion": "Vem äger frågan?",
                "fightingIssues": ["Ska förvaltningen säga nej?"],
                "boardPlan": [{"area": "Vänster tavla", "content": "Aktörer"}],
                "suggestedMinutes": {"step1": 20, "step5": 25}
              },
            """;

    private static String withNotes(int version) {
        return VALID.replace("\"formatVersion\": 1,", "\"formatVersion\": " + version + ",")
                .replace("  \"source\":", NOTES + "  \"source\":");
    }

    @Test
    void readsTeachingNotesOfAVersion2File() throws Exception {
        Case c = format.read("notes.json", utf8(withNotes(2)));
        assertThat(c.teachingNotes().learningObjectives()).containsExactly("Se skillnaden mellan roller", "Våga prioritera");
        assertThat(c.teachingNotes().openingQuestion()).isEqualTo("Vem äger frågan?");
        assertThat(c.teachingNotes().fightingIssues()).containsExactly("Ska förvaltningen säga nej?");
        assertThat(c.teachingNotes().boardPlan()).containsExactly(new TeachingNotes.BoardArea("Vänster tavla", "Aktörer"));
        assertThat(c.teachingNotes().suggestedMinutes()).containsExactly(Map.entry(Phase.STEP_1, 20), Map.entry(Phase.STEP_5, 25));
        assertThat(format.read("again.json", format.write(c))).isEqualTo(c);
        assertThat(new String(format.write(c), StandardCharsets.UTF_8)).startsWith("{\n  \"formatVersion\": 2,");
    }

    @Test
    void aCaseWithoutTeachingNotesIsWrittenAsVersion1() throws Exception {
        Case c = format.read("ok.json", utf8(VALID));
        String written = new String(format.write(c), StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n  \"formatVersion\": 1,").doesNotContain("teachingNotes");
    }

    @Test
    void teachingNotesInAVersion1FileAreRefusedWithTheReason() {
        FileProblem p = problems(withNotes(1)).get(0);
        assertThat(p.field()).isEqualTo("$.teachingNotes");
        assertThat(p.message()).isEqualTo("teaching notes (\"teachingNotes\") need \"formatVersion\": 2");
        assertThat(p.line()).isEqualTo(20);
    }

    @Test
    void aNewerFormatIsRefusedWithAnUpdateHint() {
        FileProblem p = problems(VALID.replace("\"formatVersion\": 1,", "\"formatVersion\": 3,")).get(0);
        assertThat(p.field()).isEqualTo("$.formatVersion");
        assertThat(p.message()).contains("newer version").contains("format 3");
    }

    @Test
    void badTeachingNotesArePointedAt() {
        List<FileProblem> ps = problems(withNotes(2).replace("\"step5\": 25", "\"step5\": 900")
                .replace("\"area\": \"Vänster tavla\"", "\"area\": \"\""));
        assertThat(ps).extracting(FileProblem::field)
                .containsExactly("$.teachingNotes.boardPlan[0].area", "$.teachingNotes.suggestedMinutes.step5");
    }
}
