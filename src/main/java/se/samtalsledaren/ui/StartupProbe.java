package se.samtalsledaren.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The {@code --startup-probe} measurement used by the start-up benchmark ({@code bench/}): after
 * each layout pass of a showing window it asks whether the window is ready; at the first ready
 * pass it prints {@code first-frame-ms: N}, the milliseconds since the JVM started, and
 * {@code layout-pass: K}, how many layout passes of the shown window it took, then exits. The
 * start-up floor ({@code bench/.../MinimalWindow}) uses it too, so both are measured by one rule;
 * it depends on nothing of the app but JavaFX and the JDK.
 */
public final class StartupProbe {
    /** The command-line argument that turns the probe on. */
    public static final String ARGUMENT = "--startup-probe";
    /** The result line's beginning, followed by the milliseconds. */
    public static final String RESULT = "first-frame-ms: ";

    private final Clock clock;
    private final LongSupplier jvmStartMillis;
    private final PrintStream out;
    private final Runnable exit;
    private int passes;
    private boolean done;

    /**
     * @param clock          the time source
     * @param jvmStartMillis when the JVM started, in the clock's epoch milliseconds
     * @param out            where the result lines go
     * @param exit           run once, after the result is printed
     */
    public StartupProbe(Clock clock, long jvmStartMillis, PrintStream out, Runnable exit) {
        this(clock, () -> jvmStartMillis, out, exit);
    }

    /** As above, with the JVM's start asked for only once the frame's time has been taken. */
    private StartupProbe(Clock clock, LongSupplier jvmStartMillis, PrintStream out, Runnable exit) {
        this.clock = clock;
        this.jvmStartMillis = jvmStartMillis;
        this.out = out;
        this.exit = exit;
    }

    /** A probe of this start, on stdout, counted from the start of this JVM. */
    public static StartupProbe forThisJvm(Runnable exit) {
        // The runtime bean is asked after the first frame, not on the FX thread before it, where
        // it would lengthen the measured start by what making it costs; a user's start has no probe.
        return new StartupProbe(Clock.systemUTC(), () -> ManagementFactory.getRuntimeMXBean().getStartTime(), System.out, exit);
    }

    /** Watches the layout passes of {@code scene} until one ends with its window showing and {@code ready} true. */
    public void attach(Scene scene, BooleanSupplier ready) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (scene.getWindow() != null && scene.getWindow().isShowing() && layoutDone(ready.getAsBoolean())) {
                scene.removePostLayoutPulseListener(listener[0]);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Counts one layout pass of the shown window; at the first one that is ready, prints the
     * result and runs the exit action. Returns whether this pass was the measured one.
     */
    boolean layoutDone(boolean ready) {
        if (done) {
            return false;
        }
        passes++;
        if (!ready) {
            return false;
        }
        done = true;
        long now = clock.millis();
        out.println(RESULT + (now - jvmStartMillis.getAsLong()));
        out.println("layout-pass: " + passes);
        out.flush();
        exit.run();
        return true;
    }

    /**
     * Readiness of the main window: the case list ({@code #caseList}) has its cases and the
     * layout has filled at least one visible cell with a case.
     */
    public static BooleanSupplier casesListed(Parent root) {
        return () -> {
            Node node = root.lookup("#caseList");
            if (!(node instanceof ListView<?> list) || list.getItems().isEmpty()) {
                return false;
            }
            return list.lookupAll(".list-cell").stream()
                    .anyMatch(n -> n instanceof ListCell<?> cell && cell.isVisible() && !cell.isEmpty() && cell.getItem() != null);
        };
    }
}
