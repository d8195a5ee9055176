package se.samtalsledaren.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command line's messages ({@code cli/cli.properties}). */
final class CliText {
    private final ResourceBundle bundle = ResourceBundle.getBundle("se.samtalsledaren.cli.cli", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
