package se.samtalsledaren.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The export warm-up renders real PDF and DOCX documents into memory only. */
class RendererWarmupTest {
    private final RendererWarmup warmup = new RendererWarmup(new Exporter());

    @Test
    void rendersBothFormatsWithoutWritingFiles() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path workingDir = Path.of("").toAbsolutePath();
        Set<String> tmpBefore = names(tmp);
        Set<String> workingBefore = names(workingDir);

        Map<ExportFormat, Long> sizes = warmup.run(2);

        assertThat(sizes.keySet()).containsExactlyElementsOf(RendererWarmup.FORMATS);
        assertThat(sizes.values()).allSatisfy(size -> assertThat(size).isGreaterThan(5_000));
        assertThat(names(workingDir)).isEqualTo(workingBefore);
        // Other programs may use the temporary folder meanwhile: look for what POI, PDFBox or
        // openhtmltopdf would leave there (POI's temporary files live in "poifiles"). veraPDF's
        // parser, which the warm-up never calls, writes "tmp_pdf_file*.pdf" there when another
        // build on the same machine checks its PDFs at the same time.
        Set<String> added = new HashSet<>(names(tmp));
        added.removeAll(tmpBefore);
        added.removeIf(n -> n.startsWith("tmp_pdf_file"));
        assertThat(added).noneMatch(n -> n.toLowerCase().matches(".*(poi|pdf|docx|ooxml|openhtml|fontbox).*"));
    }

    @Test
    void aStoppedWarmupRendersNothingMore() throws IOException {
        warmup.stop();
        assertThat(warmup.run(1)).isEmpty();
    }

    @Test
    void theDocumentIsACompletePdfAndDocx() throws IOException {
        ExportDocument document = RendererWarmup.document();

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        warmup.render(document, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Övning – Samtalsledaren", "Steg 5", "Taltid per roll");
        }

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        warmup.render(document, ExportFormat.DOCX, docx);
        Set<String> entries = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).contains("word/document.xml", "word/styles.xml", "[Content_Types].xml");
    }

    @Test
    void theDocumentHasEveryKindOfBlockOfSessionNotes() throws Exception {
        Set<Class<?>> warm = RendererWarmup.document().blocks().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> session = ExportFixtures.sampleDocument().blocks().stream().map(Object::getClass).collect(Collectors.toSet());
        assertThat(warm).containsAll(session);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
