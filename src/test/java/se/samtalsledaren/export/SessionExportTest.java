package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Exports the sample session in every format and reads each file back with a library for that format. */
class SessionExportTest {
    private final Exporter exporter = new Exporter();

    @Test
    void pdfHasTheNotesWithSwedishLettersIntactAndPageNumbers() throws Exception {
        byte[] pdf = exporter.render(ExportFixtures.sampleDocument(), ExportFormat.PDF);
        Files.write(ExportFixtures.inspectionFolder().resolve("sample-session.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isBetween(3, 24);
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", " ");
            // Notes from step 1 and step 5, with å ä ö, typographic quotes and dashes.
            assertThat(flat).contains("Kommunen är flerkärnig sedan kommunreformen",
                    "”Skall ni ha skall vi också ha” – de gamla kommungränserna lever kvar",
                    "Mikael Öberg", "Per Håkansson", "Steg 5: Konsekvenser av valda lösningar");
            assertThat(flat).contains("Sida 1 av " + pages, "Sida " + pages + " av " + pages);
            // The running header names the case and the date on every page.
            assertThat(flat).contains("Case 11: Tuffa strukturbeslut slår olika", "23 november 2026");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Ledningsdag: politik och förvaltning tillsammans");
            // Only the bundled font, embedded.
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("DejaVuSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void docxHasHeadingStylesTheSolutionsTableAndNativeCharts() throws Exception {
        byte[] docx = exporter.render(ExportFixtures.sampleDocument(), ExportFormat.DOCX);
        Files.write(ExportFixtures.inspectionFolder().resolve("sample-session.docx"), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ":" + p.getText()).toList();
            assertThat(headings).contains("Heading1:Deltagare", "Heading1:Lösningar i prioritetsordning",
                    "Heading2:Steg 1: Analys och förståelse för situationen", "Heading1:Talartid");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            XWPFParagraph title = doc.getParagraphs().stream().filter(p -> "Title".equals(p.getStyle())).findFirst().orElseThrow();
            assertThat(title.getText()).isEqualTo("Ledningsdag: politik och förvaltning tillsammans");

            XWPFTable solutions = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(1).getText().equals("Lösning")).findFirst().orElseThrow();
            assertThat(solutions.getRow(0).getCell(0).getText()).isEqualTo("Nr");
            assertThat(solutions.getRow(0).isRepeatHeader()).isTrue();
            assertThat(solutions.getRow(1).getCell(0).getText()).isEqualTo("1");
            assertThat(solutions.getRow(1).getCell(1).getText())
                    .isEqualTo("Samlat kompensationspaket per ort innan KF-beslutet (t.ex. fritidsgård, skolskjuts, öppen idrottshall)");
            assertThat(solutions.getRow(1).getCell(2).getText()).isEqualTo("Karin Lindqvist");
            assertThat(solutions.getRow(1).getCell(3).getText()).isEqualTo("Kort sikt");
            assertThat(solutions.getRow(1).getCell(4).getText()).isEqualTo("9");
            assertThat(solutions.getRow(1).getCell(5).getText()).isEqualTo("Ja");

            // The dot vote's, the survey's (seven questions, two rounds) and the airtime's two.
            List<XWPFChart> charts = doc.getCharts();
            assertThat(charts).hasSize(1 + 14 + 2);
            XWPFChart airtime = null;
            for (XWPFChart c : charts) {
                if (airtime == null && c.getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue().equals("Karin Lindqvist")) {
                    airtime = c;
                }
            }
            assertThat(airtime).isNotNull();
            var bars = airtime.getChartSeries().get(0);
            assertThat(bars.getSeriesCount()).isEqualTo(2);
            assertThat(airtime.getWorkbook().getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Förtroendevalda");
            assertThat(airtime.getWorkbook().getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Karin Lindqvist");

            // Accessibility: the document's language, a text alternative on each chart, every data
            // table's header row repeated on each page.
            assertThat(doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getLangList().get(0).getVal())
                    .isEqualTo("sv-SE");
            assertThat(doc.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty()).hasValue("sv-SE");
            List<String> alts = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getCTR().getDrawingList().stream()).flatMap(d -> d.getInlineList().stream())
                    .map(i -> i.getDocPr().getDescr()).toList();
            assertThat(alts).hasSize(17).allMatch(a -> a.startsWith("Stapeldiagram, ") && a.endsWith("Siffrorna står också i tabellen under diagrammet."));
            List<XWPFTable> data = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getColor() != null).toList();
            assertThat(data).hasSize(6 + 1 + 14 + 1).allMatch(t -> t.getRow(0).isRepeatHeader());

            String footer = doc.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText();
            assertThat(footer).contains("PAGE", "NUMPAGES", "Sida ", " av ");
            assertThat(doc.getHeaderList().get(0).getText()).contains("Case 11: Tuffa strukturbeslut slår olika", "23 november 2026");
        }
    }

    @Test
    void htmlIsOneFileWithEscapedTextAndCharts() throws Exception {
        byte[] html = exporter.render(ExportFixtures.sampleDocument(), ExportFormat.HTML);
        Files.write(ExportFixtures.inspectionFolder().resolve("sample-session.html"), html);
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        assertThat(doc.documentType().name()).isEqualTo("html");
        assertThat(doc.select("html").attr("lang")).isEqualTo("sv-SE");
        assertThat(doc.select("link[rel=stylesheet], script, img, [src]")).isEmpty();
        assertThat(doc.select("style").html()).contains("font-family");
        assertThat(doc.select("h1").text()).isEqualTo("Ledningsdag: politik och förvaltning tillsammans");
        assertThat(doc.select("h2").eachText()).contains("Deltagare", "Lösningar i prioritetsordning", "Överenskommelser", "Talartid");
        assertThat(doc.select("li").eachText()).anyMatch(t -> t.startsWith("”Skall ni ha skall vi också ha”") && t.endsWith("Karin Lindqvist (förtroendevald) · värderingar"));
        // Each chart: caption, an SVG picture named by its text alternative, and its figures as a table.
        assertThat(doc.select("figure.chart")).hasSize(1 + 14 + 2);
        var chart = doc.select("figure.chart:has(figcaption:containsOwn(Talartid per deltagare))").first();
        assertThat(chart.select("figcaption").text()).isEqualTo("Talartid per deltagare");
        assertThat(chart.select("svg[role=img]").attr("aria-label")).startsWith("Stapeldiagram, Talartid per deltagare (minuter): "
                + "Karin Lindqvist 24:06 (39\u00a0%), Jonas Ek 9:18 (15\u00a0%)");
        assertThat(chart.select("svg title").first().wholeText()).isEqualTo(chart.select("svg").attr("aria-label"));
        assertThat(chart.select("svg text").eachText()).hasSize(2 * 6 + 2) // labels, values, the legend's two roles
                .startsWith("Karin Lindqvist").endsWith("Förtroendevalda", "Tjänstepersoner");
        assertThat(chart.select("table.data tbody tr td:eq(0)").eachText())
                .containsExactly("Karin Lindqvist", "Jonas Ek", "Fatima Rahimi", "Per Håkansson", "Lena Strand", "Mikael Öberg", "Totalt");
    }

    @Test
    void markdownIsCommonMarkWithTablesAndNoChart() throws Exception {
        String md = new String(exporter.render(ExportFixtures.sampleDocument(), ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
        Files.writeString(ExportFixtures.inspectionFolder().resolve("sample-session.md"), md);
        Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
        List<String> headings = new java.util.ArrayList<>();
        int[] tables = {0};
        StringBuilder text = new StringBuilder();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading.getLevel() + ":" + ((Text) heading.getFirstChild()).getLiteral());
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    tables[0]++;
                }
                visitChildren(block);
            }

            @Override
            public void visit(Text t) {
                text.append(t.getLiteral()).append(' ');
            }
        });
        assertThat(headings).contains("1:Ledningsdag: politik och förvaltning tillsammans", "2:Deltagare",
                "3:Steg 2: Vad är problemet?", "2:Talartid");
        // participants, time plan, solutions, the vote, agreements, the survey's 14 charts and
        // its shift, airtime per participant and per role
        assertThat(tables[0]).isEqualTo(6 + 1 + 14 + 1);
        assertThat(text.toString()).contains("”Skall ni ha skall vi också ha” – de gamla kommungränserna lever kvar",
                "Samlat kompensationspaket per ort innan KF-beslutet (t.ex. fritidsgård, skolskjuts, öppen idrottshall)");
    }
}
