package se.samtalsledaren;

import java.io.PrintStream;
import se.samtalsledaren.cli.Cli;

/**
 * Entry point of the jar and of the installed app's launcher. Deliberately does not extend
 * {@code Application}: headless commands ({@code --version}, {@code validate}, …) run without
 * touching JavaFX, and the desktop app is started only when no command is given, in this JVM with
 * the options it was given (the installers' launcher and {@code bin/samtalsledaren} give the tuned
 * ones, docs/performance.md).
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (Cli.handles(args)) {
            // Exports lay out text with java.awt.font classes; no display is needed or wanted.
            System.setProperty("java.awt.headless", "true");
            System.exit(new Cli(out, err, java.time.ZoneId.systemDefault()).run(args));
            return;
        }
        SoftwareRendering.chooseForThisMachine();
        se.samtalsledaren.ui.App.launchApp(args);
    }
}
