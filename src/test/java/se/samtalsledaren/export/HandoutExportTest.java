package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Case;

/** The preparation handout for case 11 as PDF and DOCX, read back. */
class HandoutExportTest {
    private final Exporter exporter = new Exporter();

    @Test
    void handoutHasTheCaseTextTheQuestionsWithSpaceAndTheFiveSteps() throws Exception {
        Case c = ExportFixtures.case11();
        ExportDocument doc = ExportFixtures.handout();
        long writing = doc.blocks().stream().filter(b -> b instanceof Block.WritingSpace).count();
        assertThat(writing).isEqualTo(c.questions().size() + 1);

        byte[] pdf = exporter.render(doc, ExportFormat.PDF);
        Files.write(ExportFixtures.inspectionFolder().resolve("handout-case-11.pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String flat = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(flat).contains("Case 11: Tuffa strukturbeslut slår olika", "Tankeassociation",
                    flat(c.narrative().get(1).text()), "3. " + flat(c.questions().get(2).text()) + " (steg 4)",
                    "Samtalets fem steg", "Konsekvenser av valda lösningar", "Sida 1 av " + d.getNumberOfPages());
        }

        byte[] docx = exporter.render(doc, ExportFormat.DOCX);
        Files.write(ExportFixtures.inspectionFolder().resolve("handout-case-11.docx"), docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> h1 = d.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h1).containsExactly("Tankeassociation", "Caset", "Att samtala om", "Samtalets fem steg");
            List<String> h2 = d.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
            assertThat(h2).contains("1. " + c.questions().get(0).text() + " (steg 3)");
            // Ruled lines: one table per question and one for own notes.
            assertThat(d.getTables()).hasSize(c.questions().size() + 1);
            assertThat(d.getTables().get(0).getNumberOfRows()).isEqualTo(HandoutDocument.LINES_PER_QUESTION);
            // The five steps as a numbered list.
            List<XWPFParagraph> steps = d.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(steps).hasSize(5);
            assertThat(steps.get(0).getNumFmt()).isEqualTo("decimal");
        }
    }

    @Test
    void anEnglishHandoutMarksTheSwedishCaseTextAsSwedish() throws Exception {
        Case c = ExportFixtures.case11();
        ExportDocument doc = new HandoutDocument(new Labels(Labels.ENGLISH)).build(c);
        assertThat(doc.languageTag()).isEqualTo("en");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(exporter.render(doc, ExportFormat.DOCX)))) {
            assertThat(d.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangList().get(0).getVal())
                    .isEqualTo("en-GB");
            XWPFParagraph narrative = d.getParagraphs().stream().filter(p -> p.getText().equals(c.narrative().get(1).text()))
                    .findFirst().orElseThrow();
            assertThat(narrative.getRuns()).allMatch(r -> "sv-SE".equals(r.getLang()));
            XWPFParagraph lead = d.getParagraphs().stream().filter(p -> p.getText().startsWith("Read the case")).findFirst().orElseThrow();
            assertThat(lead.getRuns()).allMatch(r -> r.getLang() == null);
        }
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(new String(exporter.render(doc, ExportFormat.HTML),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("div[lang=sv-SE] p").eachText()).contains(flat(c.narrative().get(1).text()));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
