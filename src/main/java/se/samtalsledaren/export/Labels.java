package se.samtalsledaren.export;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of exported documents in their language ({@code export/labels.properties}, Swedish;
 * {@code labels_en.properties}, English) and their number formats.
 */
public final class Labels {
    public static final Locale SWEDISH = new Locale("sv", "SE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private final ResourceBundle bundle;
    private final Locale language;

    /** Swedish labels. */
    public Labels() {
        this(SWEDISH);
    }

    /** Labels in {@code language}: English for English, Swedish for any other language. */
    public Labels(Locale language) {
        this.language = forLanguage(language.getLanguage());
        this.bundle = ResourceBundle.getBundle("se.samtalsledaren.export.labels", this.language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The documents' locale for a language code: {@link #ENGLISH} for {@code en}, {@link #SWEDISH} otherwise. */
    public static Locale forLanguage(String code) {
        return "en".equals(code) ? ENGLISH : SWEDISH;
    }

    /** The language the labels are in, the document's language. */
    public Locale language() {
        return language;
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language).format(args);
    }

    /**
     * A chart's text alternative: its caption and unit, then every bar read out
     * ("caption (unit): label value, …"), for charts whose figures a table also holds.
     */
    public String chartAlt(String caption, String unit, java.util.List<Block.Bar> bars) {
        String read = String.join(", ", bars.stream().map(bar -> bar.label() + " " + bar.valueText()).toList());
        return get("chart.alt", caption, unit, read);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("date.pattern"), language).format(date);
    }

    /** A duration as minutes and seconds, e.g. {@code 4:05} or {@code 72:30}. */
    public static String minSec(Duration d) {
        long s = Math.abs(d.getSeconds());
        return (d.isNegative() ? "−" : "") + (s / 60) + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }

    /** A signed difference in minutes and seconds, e.g. {@code +1:30}, {@code −2:00}, {@code 0:00}. */
    public static String signedMinSec(Duration d) {
        return (d.isZero() || d.isNegative() ? "" : "+") + minSec(d);
    }

    /** A share as a whole percentage with a non-breaking space (Swedish and SI style), e.g. {@code 23 %}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }
}
