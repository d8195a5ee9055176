package se.samtalsledaren.room;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The participants' pages' texts: the app's one UI bundle ({@code ui/messages*.properties}, keys
 * {@code web.*}, and the phases' and roles' names the facilitator sees too), in Swedish or English
 * as the phone's {@code Accept-Language} asks. Swedish unless English comes first.
 */
public final class WebText {
    /** The app's UI bundle (a properties file; nothing of JavaFX). */
    static final String BUNDLE = "se.samtalsledaren.ui.messages";
    private static final Locale SWEDISH = new Locale("sv");
    private static final WebText SV = new WebText(SWEDISH);
    private static final WebText EN = new WebText(Locale.ENGLISH);

    private final ResourceBundle bundle;
    private final Locale locale;

    private WebText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static WebText swedish() {
        return SV;
    }

    public static WebText english() {
        return EN;
    }

    /**
     * The texts for an {@code Accept-Language} header: English when English is preferred to
     * Swedish (or asked for and Swedish is not), Swedish otherwise, and for anything malformed.
     */
    public static WebText forAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 512) {
            return SV;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale best = Locale.lookup(ranges, List.of(SWEDISH, Locale.ENGLISH));
            return best != null && best.getLanguage().equals("en") ? EN : SV;
        } catch (IllegalArgumentException e) {
            return SV;
        }
    }

    /** "sv" or "en", for the page's {@code lang}. */
    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
