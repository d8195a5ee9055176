package se.samtalsledaren.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.jsoup.helper.W3CDom;
import se.samtalsledaren.Version;

/**
 * A4 PDF from the paged HTML of {@link HtmlDocumentRenderer}, laid out by openhtmltopdf (on
 * PDFBox) with the bundled DejaVu Sans embedded (subset), so å, ä, ö, dashes and quotation marks
 * print on any machine. The renderer may fetch nothing from outside: the document has no
 * external resources, and access to any is refused.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "fonts/";

    private final HtmlDocumentRenderer html;

    public PdfDocumentRenderer(HtmlDocumentRenderer html) {
        this.html = html;
        // openhtmltopdf logs its progress through java.util.logging to stderr, which would
        // clutter the command line; the switch is the library's own, process-wide.
        XRLog.setLoggingEnabled(false);
        BundledFontMapper.install();
    }

    @Override
    public void render(ExportDocument document, OutputStream out) throws IOException {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html.toHtml(document, true));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        builder.withProducer("Samtalsledaren " + Version.get());
        builder.withW3cDocument(dom, "about:blank");
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfDocumentRenderer.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("missing bundled font " + FONTS + file);
        }
        return in;
    }
}
