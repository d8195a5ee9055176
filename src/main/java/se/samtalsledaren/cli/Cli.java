package se.samtalsledaren.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import se.samtalsledaren.Version;

/**
 * Headless commands of the jar. Each command prints clear one-line errors and returns an exit
 * code; nothing here touches JavaFX.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("--version", "-V", "--help", "-h", "validate");

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Whether the arguments name a headless command (otherwise the desktop app starts). */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public int run(String[] args) {
        String command = args[0];
        List<String> rest = List.of(args).subList(1, args.length);
        switch (command) {
            case "--version", "-V" -> {
                out.println("Samtalsledaren " + Version.get());
                return 0;
            }
            case "--help", "-h" -> {
                out.print(usage());
                return 0;
            }
            case "validate" -> {
                return new ValidateCommand(out, err).run(rest);
            }
            default -> {
                err.println("unknown command: " + command);
                err.print(usage());
                return 2;
            }
        }
    }

    static String usage() {
        return """
                Usage: java -jar samtalsledaren.jar [COMMAND]

                Without a command the desktop application starts; a session file (.json)
                named after it opens right away.

                Options of the desktop application:
                  --startup-probe    start as usual, print "first-frame-ms: N" (milliseconds from
                                     JVM start to the library window shown with its cases) and exit

                Commands:
                  validate PATH...   check case files (or folders of them); exit 0 when all are valid
                  --version          print the version and exit
                  --help             print this help and exit
                """;
    }
}
