package se.samtalsledaren.ui;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.util.StringConverter;
import javafx.util.converter.LocalDateStringConverter;

/** Display-only converters shared by the views. */
public final class Converters {
    private Converters() {}

    /** Shows values with {@code label}; never parses (for combo boxes and choice boxes that are not editable). */
    public static <T> StringConverter<T> display(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A duration as mm:ss, or h:mm:ss past an hour (sign ignored). */
    public static String clock(java.time.Duration d) {
        long s = d.abs().toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** ISO dates (2026-11-23) whatever the JVM's locale, as in the files. */
    public static LocalDateStringConverter isoDate() {
        return new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
