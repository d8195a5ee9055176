package se.samtalsledaren.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import se.samtalsledaren.json.Printable;

/**
 * File names: fresh names and case ids that do not collide with taken ones, and the rules a name
 * from someone else (an entry of a library file) must meet to be a file on Windows, macOS and
 * Linux alike.
 */
public final class FileNames {
    /** Longest case id the format allows. */
    public static final int MAX_ID_LENGTH = 64;
    /**
     * The longest file name, in UTF-8 bytes, that common file systems allow: 255 bytes on ext4,
     * XFS and Btrfs, 255 UTF-16 units on NTFS and APFS (never fewer than 255 UTF-8 bytes hold).
     */
    public static final int MAX_NAME_BYTES = 255;

    private FileNames() {}

    /**
     * {@code name} if it is free, else {@code stem-2.json}, {@code stem-3.json} …, the stem cut
     * short where the number would make the name longer than {@link #MAX_NAME_BYTES}.
     */
    public static String unique(String name, Predicate<String> taken) {
        if (!taken.test(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            String suffix = "-" + i + ext;
            String candidate = truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(suffix)) + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** {@code id} if it is free, else {@code id-2}, {@code id-3} …, shortened to stay a valid id. */
    public static String uniqueId(String id, Predicate<String> taken) {
        if (!taken.test(id)) {
            return id;
        }
        for (int i = 2; ; i++) {
            String suffix = "-" + i;
            String base = id.length() + suffix.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH - suffix.length()) : id;
            String candidate = base + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /** The length of {@code name} in UTF-8 bytes, as file systems count it. */
    public static int utf8Length(String name) {
        return name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** {@code name} cut to at most {@code maxBytes} UTF-8 bytes, never inside a character. */
    public static String truncateUtf8(String name, int maxBytes) {
        if (utf8Length(name) <= maxBytes) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = utf8Length(new String(Character.toChars(cp)));
            if (bytes + n > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** What is wrong with a file name, as a key of the problem messages and its arguments. */
    public record Problem(String key, Object... args) {}

    /** Characters Windows or macOS do not allow in a file name (the path separators included). */
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*/\\\\]");
    /** Names Windows keeps for devices, with or without an extension ({@code CON.json} too). */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]"
            + "|LPT[0-9\u00B9\u00B2\u00B3]|CONIN\\$|CONOUT\\$)");

    /**
     * Why {@code name} cannot be the name of a file on every common system, or empty when it can:
     * empty or longer than {@link #MAX_NAME_BYTES} UTF-8 bytes, a control or text-direction
     * character (C0, C1, U+202E …), a character Windows or macOS forbids ({@code <>:"|?*},
     * slashes), a trailing dot or space, or a name Windows keeps for a device ({@code CON},
     * {@code NUL}, {@code COM1} …, with any extension).
     */
    public static Optional<Problem> unportable(String name) {
        if (name.isEmpty()) {
            return Optional.of(new Problem("archiveBadName"));
        }
        int bytes = utf8Length(name);
        if (bytes > MAX_NAME_BYTES) {
            return Optional.of(new Problem("nameTooLong", bytes, MAX_NAME_BYTES));
        }
        if (name.codePoints().anyMatch(Printable::isControl)) {
            return Optional.of(new Problem("nameControl"));
        }
        var forbidden = FORBIDDEN.matcher(name);
        if (forbidden.find()) {
            return Optional.of(new Problem("nameForbiddenChar", forbidden.group()));
        }
        char last = name.charAt(name.length() - 1);
        if (last == '.' || last == ' ') {
            return Optional.of(new Problem("nameTrailing"));
        }
        int dot = name.indexOf('.');
        String device = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (DEVICE.matcher(device).matches()) {
            return Optional.of(new Problem("nameDevice", device));
        }
        return Optional.empty();
    }

    /**
     * The form in which two names are the same file somewhere: Unicode NFC (macOS keeps names
     * decomposed, {@code a\u0308} for {@code ä}) and no case (Windows and macOS ignore it).
     */
    public static String collisionKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
