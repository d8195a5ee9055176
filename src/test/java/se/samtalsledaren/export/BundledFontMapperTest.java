package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The PDF export's font mapper: the standard fonts are backed by the bundled font, not a search of the system's. */
class BundledFontMapperTest {
    @Test
    void thePdfRendererInstallsItAndItAnswersWithTheBundledFont() throws java.io.IOException {
        new Exporter(); // makes the PDF renderer, which installs the mapper
        FontMapper mapper = FontMappers.instance();
        assertThat(mapper).isInstanceOf(BundledFontMapper.class);

        FontMapping<?> helvetica = mapper.getFontBoxFont("Helvetica", null);
        assertThat(helvetica.isFallback()).as("a deliberate mapping: PDFBox logs no fallback warning").isFalse();
        assertThat(helvetica.getFont()).isSameAs(mapper.getTrueTypeFont("Times-Roman", null).getFont());
        assertThat(mapper.getCIDFont("Courier", null, null).getTrueTypeFont()).isSameAs(helvetica.getFont());
        assertThat(helvetica.getFont().getName()).isEqualTo("DejaVuSans");
    }

    @Test
    void everyStandardFontCanBeMadeAsOpenhtmltopdfDoesForEachDocument() {
        new Exporter();
        for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
            PDType1Font font = new PDType1Font(name);
            assertThat(font.getName()).isEqualTo(name.getName());
            assertThat(font.isStandard14()).isTrue();
        }
    }
}
