package se.samtalsledaren.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * {@code layout-pass: K}, how many layout passes of the shown window it took, then exits. In a
 * second JVM started by {@code TunedJvm} it counts from the first JVM's start, and also prints
 * {@code second-jvm-started-ms: M}, when this JVM started after the first.
 */
public final class StartupProbe {
    /** The command-line argument that turns the probe on. */
    public static final String ARGUMENT = "--startup-probe";

    private final Clock clock;
    private final LongSupplier jvmStartMillis;
    private final long thisJvmStartMillis;
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
        this(clock, () -> jvmStartMillis, jvmStartMillis, out, exit);
    }

    /**
     * As above, with the start of the JVM the user started asked for when the result is printed;
     * when that is not this JVM, the result also says when this one started after it.
     */
    StartupProbe(Clock clock, LongSupplier jvmStartMillis, long thisJvmStartMillis, PrintStream out, Runnable exit) {
        this.clock = clock;
        this.jvmStartMillis = jvmStartMillis;
        this.thisJvmStartMillis = thisJvmStartMillis;
        this.out = out;
        this.exit = exit;
    }

    /**
     * A probe of this start: the system clock against the start of the JVM the user started, on
     * stdout. That is this JVM, or the first one when {@code TunedJvm} started this one
     * ({@value se.samtalsledaren.TunedJvm#STARTED_PROPERTY}), so the second JVM's start is counted.
     * The first JVM writes its start on this JVM's standard input once this one is running
     * (it is not known sooner without 33 ms of the first JVM's path); it is read on its own thread.
     */
    public static StartupProbe forThisJvm(Runnable exit) {
        long thisJvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        String handedOver = System.getProperty(se.samtalsledaren.TunedJvm.STARTED_PROPERTY);
        LongSupplier start = se.samtalsledaren.TunedJvm.START_ON_STDIN.equals(handedOver)
                ? startReadFrom(System.in, thisJvm, System.err)
                : () -> launchStart(handedOver, thisJvm);
        return new StartupProbe(Clock.systemUTC(), start, thisJvm, System.out, exit);
    }

    /** The start handed over by a first JVM when there is one (a number), else this JVM's. */
    static long launchStart(String handedOver, long thisJvm) {
        try {
            return handedOver == null ? thisJvm : Long.parseLong(handedOver.trim());
        } catch (NumberFormatException e) {
            return thisJvm;
        }
    }

    /**
     * The start the first JVM writes as the first line of {@code in}, read by a daemon thread
     * from now; when it is asked for, waited for up to ten seconds. Without it the result counts
     * from this JVM's start, which {@code err} is told.
     */
    static LongSupplier startReadFrom(InputStream in, long thisJvm, PrintStream err) {
        CompletableFuture<String> line = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                line.complete(new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine());
            } catch (IOException | RuntimeException e) {
                line.completeExceptionally(e);
            }
        }, "startup-probe-start");
        reader.setDaemon(true);
        reader.start();
        return () -> {
            try {
                String handedOver = line.get(10, TimeUnit.SECONDS);
                if (handedOver != null) {
                    return Long.parseLong(handedOver.trim());
                }
            } catch (ExecutionException | TimeoutException | NumberFormatException e) {
                // Told below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.println("startup probe: the first JVM's start did not arrive; counting from this JVM's start");
            return thisJvm;
        };
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
        long start = jvmStartMillis.getAsLong();
        out.println("first-frame-ms: " + (clock.millis() - start));
        out.println("layout-pass: " + passes);
        if (start != thisJvmStartMillis) {
            out.println("second-jvm-started-ms: " + (thisJvmStartMillis - start));
        }
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
