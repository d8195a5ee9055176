package se.samtalsledaren.export;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Swedish labels of exported documents ({@code export/labels.properties}) and their number formats. */
public final class Labels {
    public static final Locale SWEDISH = new Locale("sv", "SE");
    private final ResourceBundle bundle;

    public Labels() {
        this.bundle = ResourceBundle.getBundle("se.samtalsledaren.export.labels", SWEDISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, SWEDISH).format(args);
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("date.pattern"), SWEDISH).format(date);
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

    /** A share as a whole percentage with a Swedish non-breaking space, e.g. {@code 23 %}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "\u00a0%";
    }
}
