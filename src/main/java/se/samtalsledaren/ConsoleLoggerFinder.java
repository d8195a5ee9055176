package se.samtalsledaren;

import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Where {@link System.Logger} messages go in this app: one line on standard error per message of
 * level {@code INFO} or above ({@code WARNING: …}, as {@code java.util.logging}'s console prints
 * its second line), with the stack trace of a throwable after it. Registered as the
 * {@code System.LoggerFinder} service in the jar.
 * <p>
 * Without it the JDK hands JavaFX's loggers to {@code java.util.logging}. JavaFX logs a warning
 * on every start of a jar like this one ("Unsupported JavaFX configuration: classes were loaded
 * from 'unnamed module …'"), and that first message made {@code java.util.logging} read its
 * configuration, set up its console handler, load the time-zone rules for the time stamp and walk
 * the stack for the caller: about 60 ms on the thread that starts the toolkit, before it started
 * it (docs/performance.md). The messages are the same; the time stamp and caller line are not
 * printed. The app's own code does not log; libraries that use {@code java.util.logging} directly
 * still do so through it.
 */
public final class ConsoleLoggerFinder extends System.LoggerFinder {
    private final Supplier<PrintStream> out;

    /** Writes to {@link System#err} as it is when a message is logged. */
    public ConsoleLoggerFinder() {
        this(() -> System.err);
    }

    ConsoleLoggerFinder(Supplier<PrintStream> out) {
        this.out = out;
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new ConsoleLogger(name, out);
    }

    /** Prints messages of level {@code INFO} and above, a line each. */
    static final class ConsoleLogger implements System.Logger {
        private final String name;
        private final Supplier<PrintStream> out;

        ConsoleLogger(String name, Supplier<PrintStream> out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF && level.getSeverity() >= Level.INFO.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                print(level, localized(bundle, message), thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                String pattern = localized(bundle, format);
                String text = params == null || params.length == 0 || pattern == null ? pattern
                        : new MessageFormat(pattern, Locale.getDefault(Locale.Category.FORMAT)).format(params);
                print(level, text, null);
            }
        }

        private void print(Level level, String message, Throwable thrown) {
            PrintStream stream = out.get();
            synchronized (stream) {
                // No + here: the first string concatenation of a JVM costs a few ms to set up.
                stream.println(new StringBuilder(level.getName()).append(": ").append(message));
                if (thrown != null) {
                    thrown.printStackTrace(stream);
                }
            }
        }

        private static String localized(ResourceBundle bundle, String key) {
            if (bundle == null || key == null) {
                return key;
            }
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                return key;
            }
        }
    }
}
