package se.samtalsledaren.export;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** One block of an {@link ExportDocument}. All text is plain text; renderers escape it. */
public sealed interface Block {

    /** A heading of level 1 (the title) to 3. */
    record Heading(int level, String text) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading level must be 1..3, was " + level);
            }
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph; line breaks in {@code text} are kept. */
    record Paragraph(String text, Style style) implements Block {
        /** How a paragraph stands out: normal text, an introduction, a quotation, or small print. */
        public enum Style { NORMAL, LEAD, QUOTE, SMALL }

        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }

        public Paragraph(String text) {
            this(text, Style.NORMAL);
        }
    }

    /** A bulleted or numbered list. */
    record ItemList(boolean numbered, List<Item> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /** A list item: its text and an optional quieter line of metadata (who, which dimension). */
    record Item(String text, String meta) {
        public Item {
            Objects.requireNonNull(text, "text");
            meta = meta == null ? "" : meta;
        }
    }

    /** Labelled values, such as date, place and facilitator. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A table with a header row. {@code total} marks the last row as a sum (printed bold).
     */
    record Table(List<Column> columns, List<List<String>> rows, boolean total) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + columns.size() + " columns");
                }
            }
        }
    }

    /** A table column: its title, its relative width, and whether it holds figures (right-aligned). */
    record Column(String title, int weight, boolean numeric) {
        public Column {
            Objects.requireNonNull(title, "title");
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be positive");
            }
        }
    }

    /**
     * A horizontal bar chart. Each bar belongs to one of {@code series} (drawn in that series'
     * colour and named in the legend). Every format shows a chart as a picture where it has
     * pictures (HTML: inline SVG; PDF: a tagged figure; DOCX: a native chart), with {@code alt} as
     * its text alternative, followed by {@code figures}, the same figures as a table, which is all
     * that formats without pictures (Markdown) show. Charts of anything (airtime, votes, survey
     * answers) use this one block.
     *
     * @param caption what the chart shows
     * @param unit    what the values are in, e.g. "minuter"
     * @param alt     the text alternative: what a reader who cannot see the picture needs from it
     * @param figures the chart's figures as a table, shown under the picture
     */
    record BarChart(String caption, String unit, List<String> series, List<Bar> bars, String alt, Table figures) implements Block {
        public BarChart {
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(alt, "alt");
            Objects.requireNonNull(figures, "figures");
            series = List.copyOf(series);
            bars = List.copyOf(bars);
            for (Bar b : bars) {
                if (b.series() < 0 || b.series() >= series.size()) {
                    throw new IllegalArgumentException("bar " + b.label() + " names series " + b.series());
                }
            }
        }

        /**
         * A chart whose text alternative lists its bars ("caption: label value, …") and whose
         * figures table has a column of labels and one of values.
         *
         * @param labelTitle the heading of the labels' column
         * @param valueTitle the heading of the values' column
         */
        public BarChart(String caption, String unit, List<String> series, List<Bar> bars, String labelTitle, String valueTitle) {
            this(caption, unit, series, bars, defaultAlt(caption, bars), new Table(
                    List.of(new Column(labelTitle, 3, false), new Column(valueTitle, 2, true)),
                    bars.stream().map(b -> List.of(b.label(), b.valueText())).toList(), false));
        }

        /** A chart as above, its columns headed by the caption and the unit. */
        public BarChart(String caption, String unit, List<String> series, List<Bar> bars) {
            this(caption, unit, series, bars, caption, unit);
        }

        private static String defaultAlt(String caption, List<Bar> bars) {
            return caption + ": " + String.join(", ", bars.stream().map(b -> b.label() + " " + b.valueText()).toList()) + ".";
        }

        /** Whether a legend is needed: several series, and bars that are not labelled by their series' names. */
        public boolean needsLegend() {
            return series.size() > 1 && bars.stream().anyMatch(b -> !b.label().equals(series.get(b.series())));
        }

        /** The largest value, the scale of the chart (at least a tiny positive number). */
        public double max() {
            return bars.stream().mapToDouble(Bar::value).max().orElse(0) <= 0 ? 1e-9
                    : bars.stream().mapToDouble(Bar::value).max().getAsDouble();
        }
    }

    /** One bar: its label, its value (in the chart's unit) and the value as printed. */
    record Bar(String label, double value, String valueText, int series) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(valueText, "valueText");
            if (!(value >= 0)) {
                throw new IllegalArgumentException("bar value must be a number >= 0");
            }
        }
    }

    /**
     * Blocks in another language than the document's, such as a Swedish case text in an English
     * handout: HTML and PDF mark them with {@code lang}, DOCX with the runs' proofing language.
     */
    record InLanguage(Locale language, List<Block> blocks) implements Block {
        public InLanguage {
            Objects.requireNonNull(language, "language");
            blocks = List.copyOf(blocks);
            if (blocks.stream().anyMatch(b -> b instanceof InLanguage)) {
                throw new IllegalArgumentException("language parts do not nest");
            }
        }

        /** The language as a BCP 47 tag, e.g. {@code sv-SE}. */
        public String languageTag() {
            return language.toLanguageTag();
        }
    }

    /** Ruled lines to write on by hand (handouts). */
    record WritingSpace(int lines) implements Block {
        public WritingSpace {
            if (lines < 1 || lines > 40) {
                throw new IllegalArgumentException("lines must be 1..40");
            }
        }
    }
}
