package se.samtalsledaren;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for the app's second JVM in {@link TunedJvmTest}: writes "archive" to a file and its
 * {@code GDK_GL} to a second file when given one, prints a start-up measurement when told to
 * ({@code --print-probe}), and exits with a status.
 */
public final class FakeSecondJvm {
    private FakeSecondJvm() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), "archive");
        if (args.length > 2) {
            Files.writeString(Path.of(args[2]), System.getenv().getOrDefault("GDK_GL", "(unset)"));
        }
        if (args.length > 3 && args[3].equals("--print-probe")) {
            System.out.println("first-frame-at-epoch-ms: 1795376301250");
            System.out.println("layout-pass: 1");
        }
        System.exit(Integer.parseInt(args[1]));
    }
}
