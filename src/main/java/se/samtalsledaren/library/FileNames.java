package se.samtalsledaren.library;

import java.util.function.Predicate;

/** Fresh file names and case ids that do not collide with taken ones. */
public final class FileNames {
    /** Longest case id the format allows. */
    public static final int MAX_ID_LENGTH = 64;
    /**
     * The longest file name, in UTF-8 bytes, that common file systems allow: 255 bytes on ext4,
     * XFS and Btrfs, 255 UTF-16 units on NTFS and APFS (never fewer than 255 UTF-8 bytes hold).
     */
    public static final int MAX_NAME_BYTES = 255;

    private FileNames() {}

    /** {@code name} if it is free, else {@code stem-2.json}, {@code stem-3.json} … */
    public static String unique(String name, Predicate<String> taken) {
        if (!taken.test(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            String candidate = stem + "-" + i + ext;
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
}
