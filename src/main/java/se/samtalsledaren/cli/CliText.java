package se.samtalsledaren.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.samtalsledaren.json.Printable;

/**
 * The command line's messages ({@code cli/cli.properties}). Every argument is printed through
 * {@link Printable#escape}: file names and values come from files and folders of others.
 */
final class CliText {
    private final ResourceBundle bundle = ResourceBundle.getBundle("se.samtalsledaren.cli.cli", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = args[i] instanceof Number ? args[i] : Printable.escape(String.valueOf(args[i]));
        }
        return new MessageFormat(pattern, Locale.ROOT).format(printable);
    }
}
