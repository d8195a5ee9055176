package se.samtalsledaren.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import se.samtalsledaren.Version;

/**
 * Headless commands of the jar. Each command prints clear one-line errors and returns an exit
 * code; nothing here touches JavaFX.
 */
public final class Cli {
    private static final Set<String> COMMANDS = Set.of("--version", "-V", "--help", "-h", "validate", "export", "handout", "compare");

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final CliText text = new CliText();

    /** {@code zone} is where exported documents show the session's times of day. */
    public Cli(PrintStream out, PrintStream err, ZoneId zone) {
        this(out, err, Clock.system(zone));
    }

    /**
     * {@code clock}'s zone is where exported documents show the session's times of day; its time
     * is where a session whose clock still runs is counted to, as the session window counts it.
     */
    public Cli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
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
                out.print(text.get("usage"));
                return 0;
            }
            case "validate" -> {
                return new ValidateCommand(out, err, text).run(rest);
            }
            case "export" -> {
                return new ExportCommand(out, err, text, clock).run(rest);
            }
            case "handout" -> {
                return new HandoutCommand(out, err, text).run(rest);
            }
            case "compare" -> {
                return new CompareCommand(out, err, text).run(rest);
            }
            default -> {
                err.println(text.get("unknownCommand", command));
                err.print(text.get("usage"));
                return 2;
            }
        }
    }
}
