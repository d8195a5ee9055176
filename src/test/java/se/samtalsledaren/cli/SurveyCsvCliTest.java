package se.samtalsledaren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format csv}: the sample's anonymous survey answers, one row each. */
class SurveyCsvCliTest {
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                ZoneId.of("Europe/Stockholm")).run(args);
    }

    private static List<CSVRecord> records(Path csv) throws Exception {
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void oneRowPerAnswerWithSurveyRoundQuestionRoleAndValue() throws Exception {
        Path csv = dir.resolve("svar.csv");
        assertThat(run("export", "examples/sample-session.json", "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("wrote " + csv + " (csv, ");
        String text = Files.readString(csv);
        assertThat(text).startsWith("\uFEFFsurvey,round,question,role,value\r\n");
        List<CSVRecord> rows = records(csv);
        // Six participants answered seven questions in two rounds.
        assertThat(rows).hasSize(6 * 7 * 2);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("survey")).isEqualTo("Effektivitet i styrning och ledning");
            assertThat(r.get("round")).isIn("före", "efter");
            assertThat(r.get("role")).isIn("förtroendevald", "tjänsteperson");
            assertThat(r.get("value")).isIn("1", "2", "3", "4", "5", "vet inte");
            assertThat(r.size()).isEqualTo(5);
        });
        String q14 = "14. Anser du att det finns en hög grad av tillit mellan förtroendevalda och tjänstepersoner i kommunen?";
        Map<String, Long> tillitEfterTp = rows.stream()
                .filter(r -> r.get("question").equals(q14) && r.get("round").equals("efter") && r.get("role").equals("tjänsteperson"))
                .collect(Collectors.groupingBy(r -> r.get("value"), Collectors.counting()));
        assertThat(tillitEfterTp).isEqualTo(Map.of("3", 2L, "4", 1L));
        assertThat(rows.stream().filter(r -> r.get("value").equals("vet inte"))).hasSize(1);
        // Question 5 has commas and is quoted; nothing names a participant.
        assertThat(text).contains("\"5. Anser du att de flesta, förtroendevalda och tjänstepersoner,").doesNotContain("Karin", "p1,");
    }

    @Test
    void theExtensionChoosesCsvAndAFormulaStaysText() throws Exception {
        String session = Files.readString(Path.of("examples/sample-session.json"))
                .replace("\"title\": \"Effektivitet i styrning och ledning\"", "\"title\": \"=HYPERLINK(\\\"x\\\")\"");
        Path file = dir.resolve("s.json");
        Files.writeString(file, session);
        Path csv = dir.resolve("svar.CSV");
        assertThat(run("export", file.toString(), "--out", csv.toString())).isZero();
        assertThat(records(csv).get(0).get("survey")).isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void wrongFormatsNameCsvAmongTheChoicesAndABrokenFileIsRefused() throws Exception {
        assertThat(run("export", "examples/sample-session.json", "--format", "xls", "--out", dir.resolve("a.xls").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("use one of: md, html, pdf, docx, csv");
        Path broken = dir.resolve("b.json");
        Files.writeString(broken, "{\"formatVersion\": 4");
        assertThat(run("export", broken.toString(), "--out", dir.resolve("b.csv").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(broken + ":1:");
        assertThat(dir.resolve("b.csv")).doesNotExist();
    }
}
