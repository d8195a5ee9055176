package se.samtalsledaren;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stands in for the app's second JVM in {@link TunedJvmTest}: writes "archive" to a file, exits with a status. */
public final class FakeSecondJvm {
    private FakeSecondJvm() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), "archive");
        System.exit(Integer.parseInt(args[1]));
    }
}
