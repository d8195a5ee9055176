package se.samtalsledaren.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A document independent of its output format: a title, what every printed page repeats, and
 * the blocks in reading order. Built by {@link SessionDocument} and {@link HandoutDocument},
 * written by one {@link DocumentRenderer} per {@link ExportFormat}.
 *
 * @param title  the document's title (file metadata; the first heading shows it to readers)
 * @param header what paged formats print at the top and bottom of every page
 * @param blocks   the content
 * @param language the document's language (its labels'; HTML {@code lang}, PDF {@code /Lang},
 *                 DOCX proofing language); parts in another language are {@link Block.InLanguage}
 */
public record ExportDocument(String title, PageHeader header, List<Block> blocks, Locale language) {
    public ExportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(language, "language");
        blocks = List.copyOf(blocks);
    }

    /** A Swedish document. */
    public ExportDocument(String title, PageHeader header, List<Block> blocks) {
        this(title, header, blocks, Labels.SWEDISH);
    }

    /** The language as a BCP 47 tag, e.g. {@code sv-SE} or {@code en}. */
    public String languageTag() {
        return language.toLanguageTag();
    }

    /**
     * Running header and footer of paged formats (PDF, DOCX).
     *
     * @param left      left of the header, e.g. the case
     * @param right     right of the header, e.g. the date
     * @param pageLabel the footer's page number as a {@link java.text.MessageFormat} pattern with
     *                  {@code {0}} for the page and {@code {1}} for the number of pages
     */
    public record PageHeader(String left, String right, String pageLabel) {
        public PageHeader {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(pageLabel, "pageLabel");
        }

        /**
         * The page label split into text and placeholders: each element is a {@code String} to
         * print as it is, or the {@code Integer} 0 (page number) or 1 (number of pages).
         */
        public List<Object> pageLabelParts() {
            List<Object> parts = new java.util.ArrayList<>();
            StringBuilder text = new StringBuilder();
            String p = pageLabel;
            for (int i = 0; i < p.length(); i++) {
                if (p.startsWith("{0}", i) || p.startsWith("{1}", i)) {
                    if (text.length() > 0) {
                        parts.add(text.toString());
                        text.setLength(0);
                    }
                    parts.add(p.charAt(i + 1) - '0');
                    i += 2;
                } else {
                    text.append(p.charAt(i));
                }
            }
            if (text.length() > 0) {
                parts.add(text.toString());
            }
            return parts;
        }
    }
}
