package se.samtalsledaren.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import se.samtalsledaren.Version;

/**
 * A standalone, printable HTML file (one file, stylesheet inline). The page is built with
 * jsoup's element API, so every piece of user text is a text node and is escaped on output:
 * nothing in a name or a note can become markup. {@link #toHtml(ExportDocument, boolean)} with
 * {@code paged} also gives the page-media variant the PDF is rendered from.
 */
public final class HtmlDocumentRenderer implements DocumentRenderer {
    private static final String STYLESHEET = "document.css";
    private final String css;

    public HtmlDocumentRenderer() {
        try (InputStream in = HtmlDocumentRenderer.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void render(ExportDocument document, OutputStream out) throws IOException {
        Document html = toHtml(document, false);
        html.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        out.write(html.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The document as HTML. {@code paged} adds what the PDF is rendered from: the A4 page rules
     * with the running header and the page numbers (CSS paged media), bookmarks for the sections,
     * and each chart as an {@code <object>} of type {@link #CHART_TYPE} that the PDF renderer
     * draws as a tagged figure (its {@code data-chart} is the chart's index in the document).
     */
    public Document toHtml(ExportDocument document, boolean paged) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.child(0).attr("lang", document.languageTag());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "Samtalsledaren " + Version.get());
        head.appendElement("title").text(document.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(css + (paged ? pageRules(document.header()) : "")));
        Element body = doc.body();
        if (paged) {
            body.appendElement("div").addClass("running").addClass("running-left").text(document.header().left());
            body.appendElement("div").addClass("running").addClass("running-right").text(document.header().right());
        }
        Builder builder = new Builder(paged);
        Element main = body.appendElement("main");
        for (Block block : document.blocks()) {
            builder.append(main, block);
        }
        if (paged && !builder.bookmarks.isEmpty()) {
            Element bookmarks = head.appendElement("bookmarks");
            Element section = null;
            for (String[] b : builder.bookmarks) {
                if (b[0].equals("2") || section == null) {
                    section = bookmarks.appendElement("bookmark").attr("name", b[1]).attr("href", "#" + b[2]);
                } else {
                    section.appendElement("bookmark").attr("name", b[1]).attr("href", "#" + b[2]);
                }
            }
        }
        return doc;
    }

    /** The content type of the chart objects in the paged HTML. */
    static final String CHART_TYPE = "application/x-samtalsledaren-bar-chart";

    private static String pageRules(ExportDocument.PageHeader header) {
        StringBuilder page = new StringBuilder();
        for (Object part : header.pageLabelParts()) {
            page.append(part instanceof Integer i ? (i == 0 ? " counter(page) " : " counter(pages) ") : cssString((String) part));
        }
        return """

                .running { display: block; font-size: 8pt; color: #5b6770; }
                .running-left { position: running(headerLeft); }
                .running-right { position: running(headerRight); text-align: right; }
                @page {
                  size: A4;
                  margin: 22mm 18mm 20mm 20mm;
                  @top-left { content: element(headerLeft); vertical-align: bottom; padding-bottom: 4mm; }
                  @top-right { content: element(headerRight); vertical-align: bottom; padding-bottom: 4mm; }
                  @bottom-right { content: %s; font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #5b6770; }
                }
                """.formatted(page);
    }

    /** A CSS string literal: quotes, backslashes and line breaks escaped. */
    static String cssString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                sb.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /** Appends blocks; numbers the sections (ids, bookmarks) and the charts as it goes. */
    private static final class Builder {
        private final boolean paged;
        /** Level, text and id of each section heading, in order. */
        final List<String[]> bookmarks = new ArrayList<>();
        private int charts;

        Builder(boolean paged) {
            this.paged = paged;
        }

        void append(Element parent, Block block) {
            if (block instanceof Block.Heading h) {
                Element e = parent.appendElement("h" + h.level()).text(h.text());
                if (h.level() > 1) {
                    String id = "s" + (bookmarks.size() + 1);
                    e.id(id);
                    bookmarks.add(new String[] {Integer.toString(h.level()), h.text().replaceAll("\\s+", " "), id});
                }
            } else if (block instanceof Block.Paragraph p) {
                paragraph(parent, p);
            } else if (block instanceof Block.ItemList l) {
                Element list = parent.appendElement(l.numbered() ? "ol" : "ul");
                for (Block.Item item : l.items()) {
                    Element li = list.appendElement("li");
                    lines(li.appendElement("span").addClass("text"), item.text());
                    if (!item.meta().isEmpty()) {
                        li.appendText(" ");
                        li.appendElement("span").addClass("meta").text("— " + item.meta());
                    }
                }
            } else if (block instanceof Block.Fields f) {
                Element table = parent.appendElement("table").addClass("fields");
                Element tbody = table.appendElement("tbody");
                for (Block.Field field : f.fields()) {
                    Element tr = tbody.appendElement("tr");
                    tr.appendElement("th").attr("scope", "row").text(field.label());
                    lines(tr.appendElement("td"), field.value());
                }
            } else if (block instanceof Block.Table t) {
                table(parent, t);
            } else if (block instanceof Block.BarChart c) {
                chart(parent, c, charts++);
            } else if (block instanceof Block.WritingSpace w) {
                Element space = parent.appendElement("div").addClass("writing");
                for (int i = 0; i < w.lines(); i++) {
                    space.appendElement("div").addClass("line");
                }
            } else if (block instanceof Block.InLanguage part) {
                Element div = parent.appendElement("div").attr("lang", part.languageTag());
                for (Block b : part.blocks()) {
                    append(div, b);
                }
            }
        }

        /**
         * A chart: its caption, the picture (inline SVG; in the paged variant an object the PDF
         * renderer draws, with the text alternative as {@code alt}) and its figures as a table.
         */
        private void chart(Element parent, Block.BarChart c, int index) {
            Element figure = parent.appendElement("figure").addClass("chart");
            figure.appendElement("figcaption").text(c.caption());
            ChartPicture picture = new ChartPicture(c);
            if (paged) {
                figure.appendElement("object").attr("type", CHART_TYPE).attr("data-chart", Integer.toString(index))
                        .attr("alt", c.alt()).addClass("chart-picture")
                        .attr("style", "width: " + ChartPicture.WIDTH + "px; height: " + picture.height() + "px");
            } else {
                picture.appendSvg(figure.appendElement("div").addClass("picture"));
            }
            table(figure, c.figures());
        }
    }

    private static void paragraph(Element parent, Block.Paragraph p) {
        switch (p.style()) {
            case QUOTE -> lines(parent.appendElement("blockquote").appendElement("p"), p.text());
            case LEAD -> lines(parent.appendElement("p").addClass("lead"), p.text());
            case SMALL -> lines(parent.appendElement("p").addClass("small"), p.text());
            default -> lines(parent.appendElement("p"), p.text());
        }
    }

    private static void table(Element parent, Block.Table t) {
        // The wrapper scrolls a wide table sideways on a narrow screen instead of the whole page;
        // it takes the keyboard focus so it can be scrolled without a mouse.
        Element table = parent.appendElement("div").addClass("table").attr("tabindex", "0")
                .appendElement("table").addClass("data");
        int total = t.columns().stream().mapToInt(Block.Column::weight).sum();
        Element colgroup = table.appendElement("colgroup");
        for (Block.Column c : t.columns()) {
            colgroup.appendElement("col").attr("style", String.format(Locale.ROOT, "width: %.1f%%", 100.0 * c.weight() / total));
        }
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (Block.Column c : t.columns()) {
            Element th = headRow.appendElement("th").attr("scope", "col").text(c.title());
            if (c.numeric()) {
                th.addClass("num");
            }
        }
        Element tbody = table.appendElement("tbody");
        for (int r = 0; r < t.rows().size(); r++) {
            Element tr = tbody.appendElement("tr");
            if (t.total() && r == t.rows().size() - 1) {
                tr.addClass("total");
            }
            for (int c = 0; c < t.columns().size(); c++) {
                Element td = tr.appendElement("td");
                lines(td, t.rows().get(r).get(c));
                if (t.columns().get(c).numeric()) {
                    td.addClass("num");
                }
            }
        }
    }

    /** Text with its line breaks as {@code <br>}. */
    private static void lines(Element e, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                e.appendElement("br");
            }
            e.appendText(lines[i]);
        }
    }
}
