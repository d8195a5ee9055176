package se.samtalsledaren.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes an {@link ExportDocument} in one format. */
public interface DocumentRenderer {
    void render(ExportDocument document, OutputStream out) throws IOException;
}
