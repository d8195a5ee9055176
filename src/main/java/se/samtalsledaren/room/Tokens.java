package se.samtalsledaren.room;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random secrets of the room: the join token in the QR code, the device tokens in the phones'
 * cookies, the short room code, and the public ids the facilitator's list refers to devices by.
 * All come from one {@link SecureRandom}.
 */
public final class Tokens {
    /** Bytes of a token: 144 bits, 24 characters of base64url. */
    public static final int TOKEN_BYTES = 18;
    /** Letters and digits of a room code, without 0/O, 1/I/L that are easily mistaken for each other. */
    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 6;

    private final SecureRandom random;

    public Tokens(SecureRandom random) {
        this.random = random;
    }

    public Tokens() {
        this(new SecureRandom());
    }

    /** A new token of {@link #TOKEN_BYTES} random bytes, URL-safe. */
    public String token() {
        byte[] b = new byte[TOKEN_BYTES];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A room code of {@link #CODE_LENGTH} characters from {@link #CODE_ALPHABET}. */
    public String code() {
        return random(CODE_ALPHABET, CODE_LENGTH);
    }

    /** A short id that names something without granting anything (lower-case letters and digits). */
    public String publicId() {
        return random("abcdefghijkmnpqrstuvwxyz23456789", 10);
    }

    private String random(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Whether {@code s} has the shape of a token (so nothing else is looked up). */
    public static boolean looksLikeToken(String s) {
        return s != null && s.length() == 24 && s.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9' || c == '-' || c == '_');
    }

    /** The code as typed (spaces and case ignored), or null when it cannot be a room code. */
    public static String normaliseCode(String typed) {
        if (typed == null || typed.length() > 32) {
            return null;
        }
        String c = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (c.length() != CODE_LENGTH || !c.chars().allMatch(ch -> CODE_ALPHABET.indexOf(ch) >= 0)) {
            return null;
        }
        return c;
    }
}
