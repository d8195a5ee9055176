package se.samtalsledaren.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless comparison on the three example groups: every format, exit codes and error lines. */
class CompareCliTest {
    static final String G1 = "examples/grupper/grupp-1.json";
    static final String G2 = "examples/grupper/grupp-2.json";
    static final String G3 = "examples/grupper/grupp-3.json";
    @TempDir Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                ZoneId.of("Europe/Stockholm")).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void comparesTheThreeGroupsInEveryFormat() throws Exception {
        assertThat(Cli.handles(new String[] {"compare"})).isTrue();
        for (String format : new String[] {"md", "html", "pdf", "docx"}) {
            Path target = dir.resolve("jamforelse." + format);
            assertThat(run("compare", G1, G2, G3, "--format", format, "--out", target.toString())).as(err()).isZero();
            assertThat(out()).startsWith("wrote " + target + " (" + format + ", ");
            assertThat(err()).isEmpty();
        }
        String md = Files.readString(dir.resolve("jamforelse.md"));
        assertThat(md).startsWith("# Jämförelse mellan grupperna")
                .contains("### L1 · 3 av 3 grupper", "|Grupp 1|Anna Bergström|Folkets hus, sal Älven|4|3|0|", "## Steg 5: Konsekvenser av valda lösningar",
                        "Dialogmöten i de två orterna om framtidens skola och fritid");
        assertThat(Jsoup.parse(Files.readString(dir.resolve("jamforelse.html"))).select("h2").eachText())
                .contains("Tid per steg", "Talartid per roll");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("jamforelse.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Grupp 2: Johan Lundgren", "Nej, för kort", "Sida 1 av");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("jamforelse.docx"))))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Jämförelse mellan grupperna");
        }
        // The format also follows the file's extension, and the order of the files is the groups' order.
        Path docx = dir.resolve("tva.md");
        assertThat(run("compare", G3, G1, "-o", docx.toString())).isZero();
        assertThat(Files.readString(docx)).contains("|Grupp 1|Maria Sjöberg|", "|Grupp 2|Anna Bergström|");
    }

    @Test
    void aSessionOfAnotherCaseIsRefusedNamingTheFileAndBothCases() throws Exception {
        Path other = dir.resolve("case7.json");
        Files.writeString(other, Files.readString(Path.of(G2)).replace("\"id\": \"skr-11\",\n    \"number\": 11,\n    \"title\": \"Tuffa strukturbeslut slår olika\"",
                "\"id\": \"skr-07\",\n    \"number\": 7,\n    \"title\": \"Fastighetsbolaget och en oväntad ekonomisk nyhet\""));
        Path target = dir.resolve("x.pdf");
        assertThat(run("compare", G1, other.toString(), G3, "--out", target.toString())).isEqualTo(1);
        assertThat(err()).isEqualTo(other + ": the session is on case 7 (Fastighetsbolaget och en oväntad ekonomisk nyhet), "
                + "but the comparison is of case 11 (Tuffa strukturbeslut slår olika) like " + G1
                + "; only sessions on the same case can be compared" + System.lineSeparator());
        assertThat(target).doesNotExist();
    }

    @Test
    void everyBrokenOrMissingFileIsNamedAndNothingIsWritten() throws Exception {
        Path broken = dir.resolve("trasig.json");
        Files.writeString(broken, Files.readString(Path.of(G2)).replaceFirst("\"role\": \"tjänsteperson\"", "\"role\": \"chef\""));
        Path target = dir.resolve("x.md");
        assertThat(run("compare", G1, broken.toString(), dir.resolve("borta.json").toString(), "--out", target.toString())).isEqualTo(1);
        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(broken + ":").contains("$.participants[3].role", "enumeration");
        assertThat(lines.get(1)).isEqualTo(dir.resolve("borta.json") + ": no such file or folder");
        assertThat(err()).doesNotContain("Exception", "\tat ");
        assertThat(target).doesNotExist();
    }

    @Test
    void twoToTwelveFilesElseWrongUsage() {
        assertThat(run("compare", G1, "--out", dir.resolve("x.md").toString())).isEqualTo(2);
        assertThat(err()).contains("error: give 2 to 12 session files to compare, not 1", "Try 'compare --help'.");
        List<String> thirteen = new ArrayList<>(List.of("compare"));
        for (int i = 0; i < 13; i++) {
            thirteen.add(G1);
        }
        thirteen.addAll(List.of("--out", dir.resolve("x.md").toString()));
        assertThat(run(thirteen.toArray(String[]::new))).isEqualTo(2);
        assertThat(err()).contains("not 13");
        assertThat(run("compare", G1, G2)).isEqualTo(2);
        assertThat(err()).contains("--out FILE is required");
        assertThat(run("compare", G1, G2, "--format", "rtf", "--out", dir.resolve("x.rtf").toString())).isEqualTo(2);
        assertThat(run("compare", "--help")).isZero();
        assertThat(out()).startsWith("Usage: java -jar samtalsledaren.jar compare A.json B.json").contains("2-12", "per role");
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("compare A.json B.json ... --out FILE");
    }
}
