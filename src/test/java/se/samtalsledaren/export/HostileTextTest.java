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
import se.samtalsledaren.model.Note;
import se.samtalsledaren.model.Participant;
import se.samtalsledaren.model.Phase;
import se.samtalsledaren.model.Session;

/** Whatever a participant is called or a note says stays text in every format. */
class HostileTextTest {
    static final String NAME = "<script>alert(1)</script> & \"Ö\"";
    static final String NOTE = "Se <img src=x onerror=alert(2)> och *inte fet* | [länk](http://example.com) `kod`\n# ingen rubrik";

    private final Exporter exporter = new Exporter();

    static Session hostile() throws Exception {
        Session s = ExportFixtures.sample();
        List<Participant> ps = new ArrayList<>(s.participants());
        Participant first = ps.get(0);
        ps.set(0, new Participant(first.id(), NAME, first.role(), "</td></tr></table><h1>x</h1>"));
        List<Note> notes = new ArrayList<>(s.notesFor(Phase.STEP_1));
        notes.add(new Note("hostile", NOTE, first.id(), null));
        return s.withParticipants(ps).withNotes(Phase.STEP_1, notes);
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
