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

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
