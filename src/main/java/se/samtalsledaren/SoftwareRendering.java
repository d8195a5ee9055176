package se.samtalsledaren;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Skips OpenGL on a Linux machine that has no graphics device (a virtual machine, a remote desktop
 * served by Xvfb, VNC or xrdp, a container), where JavaFX ends up drawing in software anyway.
 * <p>
 * There, JavaFX first tries its OpenGL pipeline ({@code es2}): Mesa answers with its software
 * OpenGL (llvmpipe, which loads LLVM), JavaFX's hardware check turns it down ("System GPU doesn't
 * meet the es2 pipe requirement") and JavaFX falls back to its own software pipeline ({@code sw}).
 * GTK also opens OpenGL when it connects to the display, to choose visuals for OpenGL windows that
 * JavaFX never asks it for. Each loads the same Mesa and LLVM, which stay mapped: about 58 MiB of
 * the app's memory and some 70 ms of a start on the benchmark machine (docs/performance.md). With
 * no GPU device the app asks for {@code sw} directly ({@code prism.order}) and starts GTK with
 * {@code GDK_GL=disable}; it draws exactly as before. A machine with a device under {@code /dev/dri}
 * or NVIDIA's {@code /dev/nvidiactl} is left to JavaFX's own choice, as is any other system, and a
 * {@code prism.order} or {@code GDK_GL} the user set is kept.
 * <p>
 * {@code GDK_GL} is read from the environment when GTK starts, so only what starts the JVM can set
 * it: {@code bin/samtalsledaren} and the .deb's menu entry ({@code src/packaging/linux/resources}),
 * which make the same test.
 */
public final class SoftwareRendering {
    /** JavaFX's pipeline order. */
    static final String PIPELINE_PROPERTY = "prism.order";

    private SoftwareRendering() {}

    /** Whether this is Linux without a graphics device under {@code dev} (normally {@code /dev}). */
    static boolean noGraphicsDevice(String osName, Path dev) {
        return osName.startsWith("Linux")
                && !Files.exists(dev.resolve("dri")) && !Files.exists(dev.resolve("nvidiactl"));
    }

    /** Whether this machine is one where JavaFX would draw in software after trying OpenGL. */
    static boolean noGraphicsDevice() {
        return noGraphicsDevice(System.getProperty("os.name", ""), Path.of("/dev"));
    }

    /** Asks JavaFX for its software pipeline on such a machine; call before the toolkit starts. */
    public static void chooseForThisMachine() {
        choose(System.getProperties(), noGraphicsDevice());
    }

    static void choose(Properties properties, boolean noGraphicsDevice) {
        if (noGraphicsDevice && properties.getProperty(PIPELINE_PROPERTY) == null) {
            properties.setProperty(PIPELINE_PROPERTY, "sw");
        }
    }
}
