package se.samtalsledaren.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI ResourceBundle (Swedish by default, English), with message formatting. */
public final class UiText {
    public static final String BUNDLE = "se.samtalsledaren.ui.messages";
    private final ResourceBundle bundle;

    public UiText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? new Locale("sv") : bundle.getLocale();
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale()).format(args);
    }

    public static Locale localeOf(String language) {
        return "en".equals(language) ? Locale.ENGLISH : new Locale("sv");
    }
}
