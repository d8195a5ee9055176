package se.samtalsledaren.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import se.samtalsledaren.store.AtomicFiles;

/** Renders documents in a chosen format and writes them to files atomically. */
public final class Exporter {
    private final HtmlDocumentRenderer html = new HtmlDocumentRenderer();
    private final MarkdownDocumentRenderer markdown = new MarkdownDocumentRenderer();
    private final PdfDocumentRenderer pdf = new PdfDocumentRenderer(html);
    private final DocxDocumentRenderer docx = new DocxDocumentRenderer();

    public DocumentRenderer renderer(ExportFormat format) {
        return switch (format) {
            case MARKDOWN -> markdown;
            case HTML -> html;
            case PDF -> pdf;
            case DOCX -> docx;
        };
    }

    public byte[] render(ExportDocument document, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer(format).render(document, out);
        return out.toByteArray();
    }

    /**
     * Renders the whole document first and then replaces {@code target} in one step: a failure
     * leaves any earlier file as it was.
     */
    public void write(ExportDocument document, ExportFormat format, Path target) throws IOException {
        AtomicFiles.write(target, render(document, format));
    }
}
