package se.samtalsledaren;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that starts the whole app in a JVM of its own, JavaFX on Monocle's headless screen. */
final class AppProcess {
    private AppProcess() {}

    /** {@code java … Launcher ARGS} with this test run's class path and {@code home} as the app's home. */
    static List<String> command(Path home, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-Dsamtalsledaren.home=" + home, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
