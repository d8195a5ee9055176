package se.samtalsledaren;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@link TunedJvmTest} as {@code java -jar}: writes the options {@code TunedJvm} reads for
 * this JVM, then "bean:" and the options the runtime bean gives, a line each.
 */
public final class JvmArgumentsProbe {
    private JvmArgumentsProbe() {}

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>(TunedJvm.Host.thisJvmsOptions());
        lines.add("bean:");
        lines.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        Files.write(Path.of(args[0]), lines);
    }
}
