package se.samtalsledaren.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import se.samtalsledaren.Version;

/**
 * A4 PDF from the paged HTML of {@link HtmlDocumentRenderer}, laid out by openhtmltopdf (on
 * PDFBox), made to be published and archived: PDF/UA-1 (tagged structure, document language,
 * title shown as the window title, header cells, charts as figures with their text alternative,
 * the running header and footer as artifacts) and PDF/A-2a at once, with the sRGB output intent,
 * bookmarks for the sections, and the bundled DejaVu Sans embedded (subset), so å, ä, ö, dashes
 * and quotation marks print on any machine. The renderer may fetch nothing from outside: the
 * document has no external resources, and access to any is refused.
 *
 * <p>Text is set letter by letter. PDFBox 3 otherwise applies the font's ligatures (its GSUB
 * table) to Latin text, and a ligature glyph's only Unicode mapping is a presentation form:
 * "Tuffa" came out of the PDF as "Tuﬀa" (U+FB00) for copying, search and screen readers. Each
 * font is therefore loaded with glyph substitution off.
 */
public final class PdfDocumentRenderer implements DocumentRenderer {
    public static final String FONT_FAMILY = "DejaVu Sans";
    /** The archival level: PDF/A-2, level A (tagged and Unicode, which PDF/UA asks for anyway). */
    public static final PdfAConformance PDF_A = PdfAConformance.PDFA_2_A;
    private static final String FONTS = "fonts/";
    private static final String[][] FACES = {
            {"DejaVuSans.ttf", "400", "NORMAL"},
            {"DejaVuSans-Bold.ttf", "700", "NORMAL"},
            {"DejaVuSans-Oblique.ttf", "400", "ITALIC"},
            {"DejaVuSans-BoldOblique.ttf", "700", "ITALIC"}};

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
        List<Block.BarChart> charts = charts(document.blocks());
        List<TrueTypeFont> opened = new ArrayList<>();
        PDDocument pdf = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PDF_A);
            builder.useColorProfile(Srgb.PROFILE);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (String[] face : FACES) {
                builder.useFont(new LetterByLetter(pdf, face[0], opened), FONT_FAMILY, Integer.valueOf(face[1]),
                        FontStyle.valueOf(face[2]), true);
            }
            DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
            drawers.registerDrawer(HtmlDocumentRenderer.CHART_TYPE, (element, x, y, width, height, device, context, dotsPerPixel) -> {
                ChartPicture picture = new ChartPicture(charts.get(Integer.parseInt(element.getAttribute("data-chart"))));
                device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel, picture::paint);
                return null;
            });
            builder.useObjectDrawerFactory(drawers);
            builder.useUnicodeLineBreaker(new QuoteAwareLineBreaker(document.language()));
            builder.withProducer("Samtalsledaren " + Version.get());
            builder.withW3cDocument(dom, "about:blank");
            builder.toStream(out);
            builder.run(); // saves and closes pdf
        } finally {
            pdf.close();
            for (TrueTypeFont font : opened) {
                font.close();
            }
        }
    }

    /** The charts in document order, as the paged HTML numbers them. */
    private static List<Block.BarChart> charts(List<Block> blocks) {
        List<Block.BarChart> charts = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.BarChart c) {
                charts.add(c);
            } else if (b instanceof Block.InLanguage part) {
                charts.addAll(charts(part.blocks()));
            }
        }
        return charts;
    }

    /** A bundled face loaded into the document when the layout first asks for it, glyph substitution off. */
    private static final class LetterByLetter extends PDFontSupplier {
        private final PDDocument pdf;
        private final String file;
        private final List<TrueTypeFont> opened;
        private PDFont font;

        LetterByLetter(PDDocument pdf, String file, List<TrueTypeFont> opened) {
            super(null);
            this.pdf = pdf;
            this.file = file;
            this.opened = opened;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Faces.bytes(file)));
                    opened.add(ttf);
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load the bundled font " + file, e);
                }
            }
            return font;
        }
    }

    /** The bundled fonts' files, read once. */
    private static final class Faces {
        private static final java.util.Map<String, byte[]> BYTES = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] bytes(String file) {
            return BYTES.computeIfAbsent(file, f -> {
                try (InputStream in = PdfDocumentRenderer.class.getResourceAsStream(FONTS + f)) {
                    if (in == null) {
                        throw new IllegalStateException("missing bundled font " + FONTS + f);
                    }
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The JDK's sRGB profile, the PDF/A output intent: the colours are meant as sRGB. */
    private static final class Srgb {
        static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
