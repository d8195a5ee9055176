package se.samtalsledaren.json;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Localised problem messages for file reading (Swedish by default, English). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("se.samtalsledaren.json.problems", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }
}
