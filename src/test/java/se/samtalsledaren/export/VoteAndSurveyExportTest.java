package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.BeforeAfter;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;
import se.samtalsledaren.model.Survey;
import se.samtalsledaren.session.FakeClock;
import se.samtalsledaren.session.SessionRunner;
import se.samtalsledaren.session.SurveyRunner;
import se.samtalsledaren.session.VoteRunner;

/** The dot vote and the survey in the exported notes, in every format. */
class VoteAndSurveyExportTest {
    private final Exporter exporter = new Exporter();

    private String markdown(Session s, Labels labels) throws Exception {
        return new String(exporter.render(ExportFixtures.sessionDocument(s, labels), ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
    }

    @Test
    void theVoteTableHasTheDotsOfEachRoleSideBySide() throws Exception {
        String md = markdown(ExportFixtures.sample(), new Labels());
        assertThat(md).contains("## Prickröstning",
                "Röstningen öppnades kl. 11.05 och stängdes kl. 11.09. Röstade: förtroendevalda 3, tjänstepersoner 3.",
                "|Lösning|Förtroendevalda|Tjänstepersoner|Totalt|",
                "|Samlat kompensationspaket per ort innan KF-beslutet (t.ex. fritidsgård, skolskjuts, öppen idrottshall)|5|4|9|",
                "|Pausa omställningen av organisationen tills KF har beslutat|3|2|5|");
    }

    @Test
    void theSurveyHasEachQuestionsDistributionPerRoundTheShiftAndOnlyTheChosenQuotes() throws Exception {
        String md = markdown(ExportFixtures.sample(), new Labels());
        assertThat(md).contains("## Enkät: Effektivitet i styrning och ledning",
                "### 14. Anser du att det finns en hög grad av tillit mellan förtroendevalda och tjänstepersoner i kommunen?",
                "**Före: svar per roll**", "|2|33\u00a0% (1)|67\u00a0% (2)|", "|Medelvärde (1–5)|2,7|1,7|",
                "Citat ur enkäten:", "”Vi har kloka och duktiga ekonomer som också har tålamod nog att förklara!”",
                "”Det tycker jag att det är, vi blir lyssnade på.”",
                "|14. Anser du att det finns en hög grad av tillit mellan förtroendevalda och tjänstepersoner i kommunen?|2,7 → 3,7 (+1,0)|1,7 → 3,3 (+1,7)|",
                "|6. Anser du att din kommun har en bra modell för målstyrning, där målen tydligt anger riktning?|3,7 → 3,3 (−0,3)|2,3 → 2,7 (+0,3)|");
        // Comments the facilitator did not pick are not in the notes.
        assertThat(md).doesNotContain("Brist på helhetstänk", "Tillitsbristen ligger inte");
        // 7 questions × 2 rounds, each a chart's caption.
        assertThat(md.split("svar per roll\\*\\*", -1)).hasSize(15);
    }

    /** The sample with its survey answered again: förtroendevalda 3 (enough), tjänstepersoner 2 (too few). */
    private static Session fewOfficials() throws Exception {
        FakeClock clock = FakeClock.at("2026-11-23T12:00:00Z");
        AtomicInteger n = new AtomicInteger();
        Session base = ExportFixtures.sample().withSurvey(Survey.NONE);
        SessionRunner runner = new SessionRunner(base, clock, () -> "x" + n.incrementAndGet());
        SurveyRunner survey = new SurveyRunner(runner, () -> "y" + n.incrementAndGet());
        survey.addQuestion("Var samtalet till nytta för dig?");
        String q = survey.state().questions().get(0).id();
        survey.openRound(BeforeAfter.BEFORE);
        for (String p : List.of("p1", "p2", "p3", "p4", "p5")) {
            survey.submit(p, Map.of(q, p.equals("p4") ? 2 : 4), Map.of(q, "Kommentar från " + p));
        }
        survey.closeRound();
        return runner.session();
    }

    @Test
    void aRoleWithFewerThanThreeAnswersShowsNoFiguresInAnyFormat() throws Exception {
        Session s = fewOfficials();
        String md = markdown(s, new Labels());
        assertThat(md).contains("## Enkät", "|4|100\u00a0% (3)|för få svar|", "|Antal svar|3|för få svar|", "|Medelvärde (1–5)|4,0|–|");
        assertThat(md).doesNotContain("50\u00a0%", "Kommentar från");
        Document html = Jsoup.parse(new String(exporter.render(ExportFixtures.sessionDocument(s), ExportFormat.HTML), StandardCharsets.UTF_8));
        var chart = html.select("figure.chart:has(figcaption:containsOwn(Före: svar per roll))").first();
        assertThat(chart.select("svg").attr("aria-label")).contains("Förtroendevalda: 1 Instämmer inte alls 0\u00a0%",
                "Medelvärde (1–5) 4,0", "Tjänstepersoner: för få svar");
        // Only the förtroendevaldas six bars are drawn.
        assertThat(chart.select("svg rect").size()).isEqualTo(1 + 1 + 2); // one non-zero bar, the axis, the legend's two
    }

    @Test
    void englishNotesSayItInEnglishWithEnglishDecimals() throws Exception {
        String md = markdown(ExportFixtures.sample(), new Labels(Labels.ENGLISH));
        assertThat(md).contains("## Dot vote", "|Solution|Elected representatives|Officials|Total|", "## Survey: Effektivitet i styrning och ledning",
                "**Before: answers per role**", "|Mean (1–5)|2.7|1.7|", "Quotes from the survey:", "|2.7 → 3.7 (+1.0)|",
                "|Don't know|0\u00a0% (0)|0\u00a0% (0)|");
    }

    @Test
    void aVoteStillOpenIsMentionedButItsBallotsAreNotAResult() throws Exception {
        FakeClock clock = FakeClock.at("2026-11-23T12:00:00Z");
        SessionRunner runner = new SessionRunner(ExportFixtures.sample(), clock, () -> "z");
        runner.goTo(Phase.STEP_4);
        VoteRunner vote = new VoteRunner(runner);
        vote.reopen();
        vote.setBallot("p1", Map.of("s23", 3));
        String md = markdown(runner.session(), new Labels());
        assertThat(md).contains("En röstning pågick när anteckningarna exporterades; dess prickar är inte med här.",
                "|Pausa omställningen av organisationen tills KF har beslutat|3|2|5|");
        vote.close();
        md = markdown(runner.session(), new Labels());
        assertThat(md).contains("### Tidigare omgångar", "Omgång 1, kl. 11.05–11.09 (6 prickar var)",
                "|Pausa omställningen av organisationen tills KF har beslutat|3|0|3|");
    }

    @Test
    void pdfAndDocxCarryTheVoteAndTheSurvey() throws Exception {
        Session s = ExportFixtures.sample();
        try (PDDocument pdf = Loader.loadPDF(exporter.render(ExportFixtures.sessionDocument(s), ExportFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Prickröstning", "Prickar per lösning och roll", "Enkät: Effektivitet i styrning och ledning",
                    "Förändring från före till efter", "2,7 → 3,7 (+1,0)", "Citat ur enkäten",
                    "”Det tycker jag att det är, vi blir lyssnade på.”");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(exporter.render(ExportFixtures.sessionDocument(s), ExportFormat.DOCX)))) {
            org.apache.poi.ss.usermodel.Sheet vote = null;
            for (var chart : docx.getCharts()) {
                var sheet = chart.getWorkbook().getSheetAt(0);
                if (vote == null && sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Samlat")) {
                    vote = sheet;
                }
            }
            assertThat(vote).isNotNull();
            assertThat(vote.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Förtroendevalda");
            assertThat(vote.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Tjänstepersoner");
            assertThat(vote.getRow(1).getCell(0).getStringCellValue()).startsWith("Samlat kompensationspaket");
            assertThat(vote.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(vote.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(4);
        }
    }
}
