package se.samtalsledaren.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * The {@code --startup-probe} measurement used by the start-up benchmark ({@code bench/}): after
 * each layout pass of a showing window it asks whether the window is ready; at the first ready
 * pass it prints {@code first-frame-ms: N}, the milliseconds since the JVM started, and
 * {@code layout-pass: K}, how many layout passes of the shown window it took, then exits.
 */
public final class StartupProbe {
    /** The command-line argument that turns the probe on. */
    public static final String ARGUMENT = "--startup-probe";

    private final Clock clock;
    private final long jvmStartMillis;
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
        this.clock = clock;
        this.jvmStartMillis = jvmStartMillis;
        this.out = out;
        this.exit = exit;
    }

    /**
     * A probe of this start: the system clock against the start of the JVM the user started, on
     * stdout. That is this JVM, or the first one when {@code TunedJvm} started this one
     * ({@value se.samtalsledaren.TunedJvm#STARTED_PROPERTY}), so the second JVM's start is counted.
     */
    public static StartupProbe forThisJvm(Runnable exit) {
        long started = launchStart(System.getProperty(se.samtalsledaren.TunedJvm.STARTED_PROPERTY),
                ManagementFactory.getRuntimeMXBean().getStartTime());
        return new StartupProbe(Clock.systemUTC(), started, System.out, exit);
    }

    /** The start handed over by a first JVM when there is one (a number), else this JVM's. */
    static long launchStart(String handedOver, long thisJvm) {
        try {
            return handedOver == null ? thisJvm : Long.parseLong(handedOver.trim());
        } catch (NumberFormatException e) {
            return thisJvm;
        }
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
        out.println("first-frame-ms: " + (clock.millis() - jvmStartMillis));
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
