package se.samtalsledaren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.samtalsledaren.export.ExportFixtures;
import se.samtalsledaren.export.Labels;
import se.samtalsledaren.json.Messages;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.TimeSegment;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.store.SessionFormat;

/** The headless export, handout and validate commands: results, exit codes and error lines. */
class ExportCliTest {
    static final String SAMPLE = "examples/sample-session.json";
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return run(Clock.system(ZoneId.of("Europe/Stockholm")), args);
    }

    private int run(Clock clock, String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                clock).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsTheSampleInEveryFormat() throws Exception {
        assertThat(Cli.handles(new String[] {"export"})).isTrue();
        for (String format : new String[] {"md", "html", "pdf", "docx"}) {
            Path target = dir.resolve("notes." + format);
            assertThat(run("export", SAMPLE, "--format", format, "--out", target.toString())).as(err()).isZero();
            assertThat(out()).startsWith("wrote " + target + " (" + format + ", ");
            assertThat(err()).isEmpty();
            assertThat(Files.size(target)).isGreaterThan(1000);
        }
        assertThat(Files.readString(dir.resolve("notes.md"))).startsWith("# Ledningsdag: politik och förvaltning tillsammans")
                .contains("- **Tid:** 10.00–11.37");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("notes.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Mikael Öberg", "Sida 1 av");
        }
    }

    @Test
    void aSessionSavedWithItsClockRunningIsCountedUpToNowAsTheSessionWindowCountsIt() throws Exception {
        Session sample = ExportFixtures.sample();
        List<TimeSegment> log = new ArrayList<>(sample.timeLog());
        TimeSegment last = log.remove(log.size() - 1);
        log.add(new TimeSegment(last.phase(), last.start(), null)); // saved while the clock ran
        Session running = sample.withTimeLog(log, last.phase());
        Path file = dir.resolve("running.json");
        Files.write(file, new SessionFormat(new Messages(Locale.ENGLISH)).write(running));
        Instant now = last.start().plus(Duration.ofMinutes(20));
        Clock clock = Clock.fixed(now, ZoneId.of("Europe/Stockholm"));
        Path target = dir.resolve("running.md");
        assertThat(run(clock, "export", file.toString(), "--out", target.toString())).isZero();
        assertThat(err()).startsWith("note: the session\u2019s clock was still running in the file; its times are counted up to now ("
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone()).format(now) + ")");
        SessionRunner window = new SessionRunner(running, clock, () -> "x");
        assertThat(Files.readString(target)).contains("|" + new Labels().get("phase." + last.phase().key()) + "|"
                + Labels.minSec(window.planned(last.phase())) + "|" + Labels.minSec(window.elapsed(last.phase())) + "|");
        assertThat(Labels.minSec(window.elapsed(last.phase()))).isEqualTo("20:00");
    }

    @Test
    void langChoosesTheDocumentsLanguage() throws Exception {
        Path notes = dir.resolve("notes.md");
        assertThat(run("export", SAMPLE, "--lang", "en", "--out", notes.toString())).as(err()).isZero();
        assertThat(Files.readString(notes)).contains("## Participants", "## Time plan and time used", "- **Time:** 10:00–11:37",
                "|Karin Lindqvist|Elected representative|");
        Path handout = dir.resolve("handout.pdf");
        assertThat(run("handout", "11", "-l", "en", "--out", handout.toString())).as(err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(handout.toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Participant handout", "The five steps of the conversation",
                    "Thought association", "Page 1 of");
        }
        assertThat(run("export", SAMPLE, "--lang=de", "--out", notes.toString())).isEqualTo(2);
        assertThat(err()).contains("unknown language \"de\"; use sv or en");
    }

    @Test
    void formatFollowsTheOutputFileWhenNotGiven() throws Exception {
        Path target = dir.resolve("anteckningar.docx");
        assertThat(run("export", SAMPLE, "-o", target.toString())).isZero();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(target)))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Ledningsdag: politik och förvaltning tillsammans");
        }
    }

    @Test
    void exportOfABrokenSessionNamesFileLineAndColumnAndWritesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(Path.of(SAMPLE)).replaceFirst("\"role\": \"tjänsteperson\"", "\"role\": \"chef\""));
        Path target = dir.resolve("out.pdf");
        assertThat(run("export", broken.toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(broken + ":35:15: $.participants[3].role: does not have a value in the enumeration "
                + "[\"förtroendevald\", \"tjänsteperson\", \"annan\"]" + System.lineSeparator());
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(target).doesNotExist();

        assertThat(run("export", dir.resolve("missing.json").toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(dir.resolve("missing.json") + ": no such file or folder" + System.lineSeparator());
    }

    @Test
    void wrongUsageExitsWithTwoAndPointsToHelp() {
        assertThat(run("export", SAMPLE)).isEqualTo(2);
        assertThat(err()).contains("error: --out FILE is required", "Try 'export --help'.");
        assertThat(run("export", SAMPLE, "--format", "rtf", "--out", dir.resolve("x.rtf").toString())).isEqualTo(2);
        assertThat(err()).contains("unknown format \"rtf\"; use one of: md, html, pdf, docx");
        assertThat(run("export", SAMPLE, "--out", dir.resolve("x.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("cannot tell the format from");
        assertThat(run("export", SAMPLE, "--out")).isEqualTo(2);
        assertThat(err()).contains("option --out needs a value");
        assertThat(run("export", SAMPLE, "--colour", "x")).isEqualTo(2);
        assertThat(err()).contains("unknown option: --colour");
        assertThat(run("export", SAMPLE, SAMPLE, "-o", dir.resolve("x.md").toString())).isEqualTo(2);
        assertThat(err()).contains("give exactly one session file");
        assertThat(run("export", SAMPLE, "-o", dir.toString(), "-f", "md")).isEqualTo(2);
        assertThat(err()).contains("is a folder");
        assertThat(run("handout", "11", "--format", "md", "--out", dir.resolve("h.md").toString())).isEqualTo(2);
        assertThat(err()).contains("use one of: pdf, docx");
    }

    @Test
    void helpForEachCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("export SESSION.json", "handout CASE", "validate PATH...");
        assertThat(run("export", "--help")).isZero();
        assertThat(out()).startsWith("Usage: java -jar samtalsledaren.jar export SESSION.json").contains("notes of a saved session", "  --format, -f");
        assertThat(run("handout", "-h")).isZero();
        assertThat(out()).startsWith("Usage: java -jar samtalsledaren.jar handout CASE").contains("participants' preparation handout");
        assertThat(run("validate", "--help")).isZero();
        assertThat(out()).contains("session files");
    }

    @Test
    void handoutByNumberIdOrFile() throws Exception {
        Path pdf = dir.resolve("case11.pdf");
        assertThat(run("handout", "11", "--format", "pdf", "--out", pdf.toString())).as(err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tuffa strukturbeslut slår olika", "Att samtala om");
        }
        assertThat(run("handout", "skr-03", "--out", dir.resolve("case3.docx").toString())).isZero();
        assertThat(dir.resolve("case3.docx")).exists();
        assertThat(run("handout", "cases/01-omtag-i-visionsarbetet.json", "--out", dir.resolve("case1.pdf").toString())).isZero();
        assertThat(dir.resolve("case1.pdf")).exists();

        assertThat(run("handout", "42", "--out", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err()).startsWith("42: no bundled case \"42\"; give a number 1-13");
        Path bad = dir.resolve("bad-case.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"id\": \"skr-99\",\n");
        assertThat(run("handout", bad.toString(), "--out", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err()).startsWith(bad + ":").doesNotContain("Exception");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void validateKnowsSessionFilesToo() throws Exception {
        assertThat(run("validate", SAMPLE, "cases/11-tuffa-strukturbeslut-slar-olika.json")).isZero();
        assertThat(out()).contains(SAMPLE + ": OK", "2 file(s) checked, 0 problem(s)");

        Path broken = dir.resolve("session.json");
        Files.writeString(broken, Files.readString(Path.of(SAMPLE)).replace("\"date\": \"2026-11-23\"", "\"date\": \"23/11/2026\""));
        Path syntax = dir.resolve("syntax.json");
        Files.writeString(syntax, "{\n  \"formatVersion\": 2,\n  \"case\": {\"id\": \"skr-11\",,\n}");
        assertThat(run("validate", broken.toString(), syntax.toString())).isEqualTo(1);
        String[] lines = err().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith(broken + ":10:11: $.date: ");
        assertThat(lines[1]).startsWith(syntax + ":3:").contains("not valid JSON");
        assertThat(out()).contains("2 file(s) checked, 2 problem(s)");
    }
}
