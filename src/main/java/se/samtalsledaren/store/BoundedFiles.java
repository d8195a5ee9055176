package se.samtalsledaren.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import se.samtalsledaren.json.FileProblem;
import se.samtalsledaren.json.FileProblemException;
import se.samtalsledaren.json.Messages;

/** Reads input files whole, refusing one that is too large before reading it. */
final class BoundedFiles {
    private BoundedFiles() {}

    static byte[] read(Path file, long maxBytes, Messages messages) throws FileProblemException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FileProblemException(FileProblem.wholeFile(name, messages.get("tooLarge", size, maxBytes)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileProblemException(FileProblem.wholeFile(name, messages.get("cannotRead", e.getMessage())));
        }
    }
}
