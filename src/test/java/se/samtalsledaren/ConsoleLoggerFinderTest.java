package se.samtalsledaren;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** System.Logger messages of the app and its libraries: a line each on standard error, INFO and above. */
class ConsoleLoggerFinderTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    private final System.Logger logger = new ConsoleLoggerFinder(() -> stream).getLogger("javafx", Object.class.getModule());

    private String printed() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isTheLoggerFinderOfThisJvm() {
        assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(ConsoleLoggerFinder.class);
        assertThat(System.getLogger("javafx").getName()).isEqualTo("javafx");
    }

    @Test
    void printsWarningsAndInfoALineEachAndLeavesOutDebugDetail() {
        logger.log(System.Logger.Level.WARNING, "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
        logger.log(System.Logger.Level.INFO, "Started");
        logger.log(System.Logger.Level.DEBUG, "pulse 1");
        logger.log(System.Logger.Level.TRACE, "pulse 2");

        assertThat(printed().split("\\R")).containsExactly(
                "WARNING: Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'", "INFO: Started");
        assertThat(logger.isLoggable(System.Logger.Level.ERROR)).isTrue();
        assertThat(logger.isLoggable(System.Logger.Level.DEBUG)).isFalse();
        assertThat(logger.isLoggable(System.Logger.Level.OFF)).isFalse();
    }

    @Test
    void printsTheStackTraceOfAThrowable() {
        logger.log(System.Logger.Level.ERROR, "Could not load the stylesheet", new IllegalStateException("no such file"));

        assertThat(printed()).startsWith("ERROR: Could not load the stylesheet" + System.lineSeparator()
                + "java.lang.IllegalStateException: no such file");
        assertThat(printed()).contains("at se.samtalsledaren.ConsoleLoggerFinderTest");
    }

    @Test
    void formatsParametersAndLooksUpBundleKeys() {
        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"css.lookup", "Could not resolve ''{0}'' in {1}"}};
            }
        };

        logger.log(System.Logger.Level.WARNING, bundle, "css.lookup", "-fx-base", "app.css");
        logger.log(System.Logger.Level.WARNING, "{0} cases read", 13);
        logger.log(System.Logger.Level.WARNING, bundle, "not a key", (Throwable) null);

        assertThat(printed().split("\\R")).containsExactly("WARNING: Could not resolve '-fx-base' in app.css",
                "WARNING: 13 cases read", "WARNING: not a key");
    }
}
