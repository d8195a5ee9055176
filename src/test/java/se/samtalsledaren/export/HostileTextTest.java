package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import se.samtalsledaren.model.Agreement;
import se.samtalsledaren.model.Consequences;
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Solution;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;

/**
 * Whatever a participant is called or a note says stays text in every format: every character
 * Markdown or HTML could read as markup ({@code * _ # | < > [ ]} and more) comes out as written.
 */
class HostileTextTest {
    static final String NAME = "<script>alert(1)</script> & \"Ö\"";
    static final String NOTE = "Se <img src=x onerror=alert(2)> och *inte fet* | [länk](http://example.com) `kod`\n# ingen rubrik";
    static final String SOLUTION = "_kursiv_ | **fet** # [x] > citat <b>fet</b> \\* ~~bort~~ &amp; 1. lista";
    static final String AGREEMENT = "- [ ] ingen kryssruta\n> inget citat\n---";
    static final String RISK = "<!-- kommentar --> [ref]: http://example.com *";

    private final Exporter exporter = new Exporter();

    static Session hostile() throws Exception {
        Session s = ExportFixtures.sample();
        List<Participant> ps = new ArrayList<>(s.participants());
        Participant first = ps.get(0);
        ps.set(0, new Participant(first.id(), NAME, first.role(), "</td></tr></table><h1>x</h1>"));
        List<Note> notes = new ArrayList<>(s.notesFor(Phase.STEP_1));
        notes.add(new Note("hostile", NOTE, first.id(), null));
        List<Solution> solutions = new ArrayList<>(s.solutions());
        Solution top = solutions.get(0);
        solutions.set(0, new Solution(top.id(), SOLUTION, top.participantId(), top.horizon(), top.votes(), true,
                new Consequences(NAME, RISK, NOTE)));
        List<Agreement> agreements = new ArrayList<>(s.agreements());
        agreements.add(new Agreement("hostile", AGREEMENT, NAME, null));
        return s.withParticipants(ps).withNotes(Phase.STEP_1, notes).withSolutions(solutions).withAgreements(agreements);
    }

    /** The user's texts that must come out unchanged, each as one line per line of its own. */
    static List<String> hostileTexts() {
        List<String> texts = new ArrayList<>();
        for (String t : List.of(NAME, NOTE, SOLUTION, AGREEMENT, RISK)) {
            texts.addAll(List.of(t.split("\n")));
        }
        return texts;
    }

    @Test
    void everyHostileTextComesOutUnchangedInEveryFormat() throws Exception {
        ExportDocument doc = ExportFixtures.sessionDocument(hostile());
        String html = Jsoup.parse(new String(exporter.render(doc, ExportFormat.HTML), StandardCharsets.UTF_8)).body().wholeText();
        String markdownAsHtml = Jsoup.parse(MarkdownRenderingTest.toHtml(
                new String(exporter.render(doc, ExportFormat.MARKDOWN), StandardCharsets.UTF_8))).body().wholeText();
        String pdf;
        try (PDDocument d = Loader.loadPDF(exporter.render(doc, ExportFormat.PDF))) {
            pdf = new PDFTextStripper().getText(d);
        }
        String docx;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(exporter.render(doc, ExportFormat.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(d)) {
            docx = words.getText();
        }
        for (String line : hostileTexts()) {
            assertThat(html).as("HTML").contains(line);
            assertThat(markdownAsHtml).as("Markdown, rendered by commonmark-java").contains(line);
            assertThat(pdf.replaceAll("\\s+", " ")).as("PDF").contains(line.replaceAll("\\s+", " "));
            assertThat(docx).as("DOCX").contains(line);
        }
    }

    @Test
    void htmlHasNoElementFromUserText() throws Exception {
        String html = new String(exporter.render(ExportFixtures.sessionDocument(hostile()), ExportFormat.HTML), StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, a")).isEmpty();
        assertThat(doc.select("h1")).hasSize(1);
        assertThat(doc.select("table.data").first().select("tbody td").first().text()).isEqualTo(NAME);
        assertThat(doc.select("table.data").first().select("tbody td").get(2).text()).isEqualTo("</td></tr></table><h1>x</h1>");
        assertThat(doc.select("li").eachText()).anyMatch(t -> t.startsWith(NOTE.replace("\n", " ")));
        assertThat(html).doesNotContain("<script>", "<img");
    }

    @Test
    void markdownReadsBackAsTheSameTextWithoutHtmlOrLinks() throws Exception {
        String md = new String(exporter.render(ExportFixtures.sessionDocument(hostile()), ExportFormat.MARKDOWN), StandardCharsets.UTF_8);
        Node root = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(md);
        List<Node> unsafe = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline n) {
                unsafe.add(n);
            }

            @Override
            public void visit(HtmlBlock n) {
                unsafe.add(n);
            }

            @Override
            public void visit(Link n) {
                unsafe.add(n);
            }

            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        assertThat(unsafe).isEmpty();
        assertThat(text.toString()).contains(NAME, "Se <img src=x onerror=alert(2)> och *inte fet* | [länk](http://example.com)",
                "# ingen rubrik");
    }

    @Test
    void pdfAndDocxPrintTheNameAsItIs() throws Exception {
        ExportDocument doc = ExportFixtures.sessionDocument(hostile());
        try (PDDocument pdf = Loader.loadPDF(exporter.render(doc, ExportFormat.PDF))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(NAME, "</td></tr></table><h1>x</h1>");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(exporter.render(doc, ExportFormat.DOCX)));
             XWPFWordExtractor words = new XWPFWordExtractor(docx)) {
            assertThat(words.getText()).contains(NAME, "Se <img src=x onerror=alert(2)> och *inte fet*");
        }
    }
}
