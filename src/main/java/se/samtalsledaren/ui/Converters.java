package se.samtalsledaren.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import javafx.util.StringConverter;
import javafx.scene.control.DatePicker;
import se.samtalsledaren.store.SessionFormat;

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

    /**
     * Lets {@code picker} show and take ISO dates (2026-11-23) whatever the JVM's locale, as in the
     * files. Text that is not such a date, or a date no session file may hold (before 1900 or after
     * 9999, such as "0026-01-31" typed for 2026), keeps the date it had and shows it again: a typing
     * slip never makes a file the reader refuses, and never an exception (the date picker does not
     * catch one from its converter when it loses focus).
     */
    public static void isoDates(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return parseDate(s);
                } catch (DateTimeParseException e) {
                    picker.getEditor().setText(toString(picker.getValue()));
                    return picker.getValue();
                }
            }
        });
    }

    /**
     * A date as typed (ISO, surrounding blanks ignored) within the dates a session file may hold.
     *
     * @throws DateTimeParseException when it is not such a date
     */
    public static LocalDate parseDate(String s) {
        String text = s.strip();
        LocalDate d = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        if (d.isBefore(SessionFormat.FIRST_DATE) || d.isAfter(SessionFormat.LAST_DATE)) {
            throw new DateTimeParseException("outside " + SessionFormat.FIRST_DATE + "–" + SessionFormat.LAST_DATE, text, 0);
        }
        return d;
    }
}
