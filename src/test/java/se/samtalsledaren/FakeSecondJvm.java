package se.samtalsledaren;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for the app's second JVM in {@link TunedJvmTest}: writes "archive" to a file, its
 * {@code GDK_GL} to a second file and the first line of its standard input to a third when given
 * them, and exits with a status.
 */
public final class FakeSecondJvm {
    private FakeSecondJvm() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), "archive");
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), System.getenv().getOrDefault("GDK_GL", "(unset)"));
        }
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]),
                    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine());
        }
        System.exit(Integer.parseInt(args[1]));
    }
}
