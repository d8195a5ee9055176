package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Markdown export, rendered by a reference CommonMark renderer (commonmark-java with GFM
 * tables), has the same content as the HTML export: the same words in the same order, the same
 * headings and the same table cells. Only the presentation differs (a label "Datum" in a table
 * row is "**Datum:**" in a list; a chart's picture is left out, its caption and table are there).
 */
class MarkdownRenderingTest {
    private static final Exporter EXPORTER = new Exporter();
    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());

    static Stream<String> documents() {
        return Stream.of("sample-session", "sample-session-en", "three-hour-session", "handout-11-en", "hostile");
    }

    /** Markdown as the reference renderer turns it into HTML. */
    static String toHtml(String markdown) {
        return HtmlRenderer.builder().extensions(TABLES).build().render(Parser.builder().extensions(TABLES).build().parse(markdown));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void rendersToTheSameContentAsTheHtml(String name) throws Exception {
        ExportDocument doc = HtmlValidityTest.document(name);
        Document html = Jsoup.parse(new String(EXPORTER.render(doc, ExportFormat.HTML), StandardCharsets.UTF_8));
        html.select("svg").remove(); // the chart's picture; its caption and figures stay
        Document markdown = Jsoup.parse(toHtml(new String(EXPORTER.render(doc, ExportFormat.MARKDOWN), StandardCharsets.UTF_8)));

        assertThat(words(markdown.body().wholeText())).isEqualTo(words(html.selectFirst("main").wholeText()));
        for (String level : List.of("h1", "h2", "h3")) {
            assertThat(flat(markdown.select(level).eachText())).as(level).isEqualTo(flat(html.select(level).eachText()));
        }
        assertThat(flat(markdown.select("td, th").eachText())).isEqualTo(flat(html.select("table.data td, table.data th").eachText()));
        assertThat(markdown.select("script, img, a, em em, code")).isEmpty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("\\s+")) {
            String word = w.endsWith(":") ? w.substring(0, w.length() - 1) : w; // "**Datum:**" against "Datum"
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> flat(List<String> texts) {
        return texts.stream().map(t -> t.replaceAll("\\s+", " ").strip()).toList();
    }
}
