package se.samtalsledaren.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input files whole, refusing one that is too large before reading it. */
public final class BoundedFiles {
    private BoundedFiles() {}

    /** The bytes of {@code file}; a file over {@code maxBytes} or one that cannot be read is a problem of the whole file. */
    public static byte[] read(Path file, long maxBytes, Messages messages) throws FileProblemException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new FileProblemException(FileProblem.wholeFile(name, messages.get("tooLarge", size, maxBytes)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FileProblemException(FileProblem.wholeFile(name, messages.get("cannotRead", describe(e))));
        }
    }

    /** The kind of failure and its detail, e.g. "NoSuchFile: /path/x.json" (the message alone is often just the path). */
    public static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage();
    }
}
