package se.samtalsledaren.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * The JDK's line {@link BreakIterator} for the PDF's text, without the break after an opening
 * quotation mark. (openhtmltopdf's own breaker also breaks before every slash, for URLs, which
 * split "ändra i/anpassa" as "ändra i" / "/anpassa"; a long word or URL that does not fit is
 * broken anyway, by {@code overflow-wrap} in the stylesheet.) Swedish opens and closes a quotation with the same mark,
 * ”så här”, and the JDK's iterator allows a break after it, which left ” at the end of one line
 * and the quoted word on the next: "en ”" / "mjuk” syn". A mark at the start of the text or after
 * a space or an opening bracket opens a quotation, so the line is not broken right after it.
 */
final class QuoteAwareLineBreaker implements FSTextBreaker {
    private static final String QUOTES = "”“’‘»«\"'";
    private final BreakIterator lines;
    private String text = "";

    QuoteAwareLineBreaker(Locale locale) {
        this.lines = BreakIterator.getLineInstance(locale);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        lines.setText(newText);
    }

    @Override
    public int next() {
        int p = lines.next();
        while (p != BreakIterator.DONE && opensQuotation(p - 1)) {
            p = lines.next();
        }
        return p;
    }

    /** Whether the character at {@code i} is a quotation mark that opens a quotation. */
    private boolean opensQuotation(int i) {
        if (i < 0 || i >= text.length() || QUOTES.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([{–—".indexOf(text.charAt(i - 1)) >= 0;
    }
}
