package se.samtalsledaren.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper for this app: every font a PDF names without embedding it is backed by the
 * bundled DejaVu Sans, never by a search through the system's fonts.
 *
 * <p>The PDF export embeds DejaVu Sans for all its text. openhtmltopdf still registers the PDF
 * standard fonts (Helvetica, Times, Courier ...) for every document, and PDFBox's default mapper
 * then looks for a stand-in for each among the installed fonts: it lists them all once per user
 * ({@code ~/.pdfbox.cache}; 616 ms with the 144 fonts of the test machine, more with more fonts)
 * and loads one file per family. That was a fifth of the first export (docs/performance.md). The stand-ins are only used to
 * display or measure text in those fonts, which these files never contain, so the bundled font
 * serves as well. Installed once per process by {@link #install()}; PDFBox reads it from
 * {@link FontMappers#instance()}.
 */
final class BundledFontMapper implements FontMapper {
    private static final String FONT_RESOURCE = "fonts/DejaVuSans.ttf";
    private static boolean installed;

    private BundledFontMapper() {}

    /** Makes this PDFBox's font mapper, the first time only. */
    static synchronized void install() {
        if (!installed) {
            FontMappers.set(new BundledFontMapper());
            installed = true;
        }
    }

    /** The bundled font, parsed when PDFBox first asks for a mapping (class initialisation is lazy and thread-safe). */
    private static final class Bundled {
        static final TrueTypeFont FONT = read();

        private static TrueTypeFont read() {
            try (InputStream in = BundledFontMapper.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing bundled font " + FONT_RESOURCE);
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled font " + FONT_RESOURCE, e);
            }
        }
    }

    private static TrueTypeFont font() {
        return Bundled.FONT;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), false);
    }
}
